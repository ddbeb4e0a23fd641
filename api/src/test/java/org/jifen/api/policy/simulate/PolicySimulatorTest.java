package org.jifen.api.policy.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jifen.api.ApiTest;
import org.jifen.api.policy.PolicyPublisher;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.policy.PolicySource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The simulator over several pages: evidence stored directly (many sharing a second), so that
 * members' histories and the keyset must carry across pages; figures are recomputed here by hand.
 */
class PolicySimulatorTest extends ApiTest {

    private static final String RULES = SimulationFixtures.RULES;

    @Autowired
    PolicyPublisher publisher;

    @Autowired
    PolicySimulator simulator;

    @Test
    void replaysEveryPageInOrderCarryingHistoriesAcrossPages() {
        String village = unique("simpages");
        CompiledPolicy baseline = publisher.publish(org.jifen.api.policy.PublishCommand.of(source(village, RULES, true), "test", "pages")).policy();
        CompiledPolicy doubled = new PolicyCompiler().compile(
                source(village, RULES.replace("award.grant($e, 2,", "award.grant($e, 4,"), false), 0);

        int count = PolicySimulator.PAGE_SIZE * 2 + 500;
        Random random = new Random(7);
        LocalDateTime start = LocalDateTime.of(2026, 9, 1, 0, 0);
        List<Object[]> members = new ArrayList<>();
        for (int m = 0; m < 7; m++) {
            members.add(new Object[] {village, "m" + m, "h" + (m % 3), "RESIDENT"});
        }
        insert("INSERT INTO members (village_id, member_id, household_id, roles) VALUES ", "(?,?,?,?)", members);
        List<Object[]> rows = new ArrayList<>();
        Map<String, Map<String, Integer>> patrolsPerWeek = new HashMap<>();
        Map<String, Long> expectedBaseline = new HashMap<>();
        long meetings = 0;
        for (int i = 0; i < count; i++) {
            // on the hour: about six evidence share each second, so pages split equal timestamps
            LocalDateTime at = start.plusHours(random.nextInt(24 * 30));
            String member = "m" + random.nextInt(7);
            String type = random.nextBoolean() ? "PATROL" : "MEETING";
            String status = random.nextInt(10) == 0 ? "PENDING" : "APPROVED";
            String id = "e" + i;
            rows.add(new Object[] {village, id, member, type, at, status, "0".repeat(64), payload(id, type, member, at, status), "{}", 1});
            if (status.equals("APPROVED") && type.equals("MEETING")) {
                meetings++;
                expectedBaseline.merge(member, 2L, Long::sum);
            } else if (status.equals("APPROVED")) {
                String week = at.toLocalDate().get(IsoFields.WEEK_BASED_YEAR) + "-" + at.toLocalDate().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                patrolsPerWeek.computeIfAbsent(member, k -> new HashMap<>()).merge(week, 1, Integer::sum);
            }
        }
        patrolsPerWeek.forEach((member, weeks) -> weeks.values()
                .forEach(n -> expectedBaseline.merge(member, 3L * Math.min(3, n), Long::sum)));
        insert("INSERT INTO evidence (village_id, evidence_id, member_id, evidence_type, occurred_at, status, "
                + "payload_hash, payload, result, policy_version) VALUES ", "(?,?,?,?,?,?,?,?,?,?)", rows);

        SimulationReport same = simulator.simulate(village, baseline, baseline, start, start.plusDays(30));
        SimulationReport report = simulator.simulate(village, baseline, doubled, start, start.plusDays(30));

        assertThat(same.evidenceCount()).isEqualTo(count);
        assertThat(same.changed().count()).isZero();
        assertThat(report.evidenceCount()).isEqualTo(count);
        assertThat(report.complete()).isTrue();
        long expectedTotal = expectedBaseline.values().stream().mapToLong(Long::longValue).sum();
        assertThat(report.totals().baseline()).isEqualTo(expectedTotal);
        assertThat(report.totals().difference()).isEqualTo(2 * meetings);
        assertThat(report.changed().count()).isEqualTo(meetings);
        assertThat(report.changed().evidence()).hasSize((int) Math.min(meetings, PolicySimulator.MAX_ROWS));
        assertThat(report.changed().omitted()).isEqualTo(meetings - report.changed().evidence().size());
        for (SimulationReport.MemberPoints row : report.members().rows()) {
            assertThat(row.baseline()).as(row.memberId()).isEqualTo(expectedBaseline.getOrDefault(row.memberId(), 0L));
        }
        assertThat(report.households().rows()).extracting(SimulationReport.HouseholdPoints::members)
                .containsExactlyInAnyOrder(3, 2, 2);
        List<LocalDateTime> times = report.changed().evidence().stream().map(SimulationReport.ChangedEvidence::occurredAt).toList();
        assertThat(times).isSortedAccordingTo(LocalDateTime::compareTo);

        // a window starting mid-month seeds the week's credited patrols from the ledger: none here, none stored
        SimulationReport later = simulator.simulate(village, baseline, baseline, start.plusDays(10), start.plusDays(30));
        assertThat(later.evidenceCount()).isLessThan(count).isPositive();
        assertThat(later.members().rows()).allMatch(r -> r.difference() == 0);
        assertThat(ChronoUnit.DAYS.between(later.from(), later.to())).isEqualTo(20);
    }

    @Test
    void anEmptyWindowReportsNothing() {
        String village = unique("simempty");
        CompiledPolicy baseline = publisher.publish(org.jifen.api.policy.PublishCommand.of(source(village, RULES, true), "test", "empty")).policy();
        LocalDateTime from = LocalDate.of(2026, 1, 1).atStartOfDay();

        SimulationReport report = simulator.simulate(village, baseline, baseline, from, from.plusDays(10));

        assertThat(report.evidenceCount()).isZero();
        assertThat(report.totals()).isEqualTo(new SimulationReport.Totals(0, 0, 0));
        assertThat(report.members().rows()).isEmpty();
        assertThat(report.households().count()).isZero();
        assertThat(report.complete()).isTrue();
    }

    @Test
    void aSimulationPastItsTimeLimitReportsWhereItStopped() {
        String village = unique("simlimit");
        CompiledPolicy baseline = publisher.publish(org.jifen.api.policy.PublishCommand.of(source(village, RULES, true), "test", "limit")).policy();
        LocalDateTime from = LocalDate.of(2026, 2, 1).atStartOfDay();
        PolicySimulator hurried = new PolicySimulator(evidenceMapper, evaluator, memberMapper, transactions,
                java.time.Duration.ofNanos(1), 1, 1);
        try {
            SimulationReport report = hurried.simulate(village, baseline, baseline, from, from.plusDays(10));

            assertThat(report.complete()).isFalse();
            assertThat(report.replayedUntil()).isEqualTo(from);
            assertThat(report.evidenceCount()).isZero();
        } finally {
            hurried.stop();
        }
    }

    @Autowired
    org.jifen.persistence.evidence.EvidenceMapper evidenceMapper;

    @Autowired
    org.jifen.api.evaluation.Evaluator evaluator;

    @Autowired
    org.jifen.persistence.member.MemberMapper memberMapper;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    private static PolicySource source(String village, String rules, boolean withCases) {
        Map<String, String> files = new HashMap<>();
        files.put("village.yaml", "id: " + village + "\nname: 分页村\ntimezone: Asia/Shanghai\n");
        files.put("rules.drl", SimulationFixtures.drl(village, rules));
        if (withCases) {
            files.put("cases.yaml", SimulationFixtures.CASES);
        }
        return new PolicySource(village, files);
    }

    private static String payload(String id, String type, String member, LocalDateTime at, String status) {
        return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"memberId\":\"" + member + "\",\"reporterId\":null,"
                + "\"occurredAt\":\"" + at + "\",\"status\":\"" + status + "\",\"minutes\":0,\"quantity\":1,"
                + "\"photos\":0,\"attrs\":{}}";
    }

    private void insert(String head, String tuple, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 500) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 500));
            StringBuilder sql = new StringBuilder(head);
            List<Object> args = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ",").append(tuple);
                args.addAll(List.of(chunk.get(i)));
            }
            jdbc.update(sql.toString(), args.toArray());
        }
    }
}
