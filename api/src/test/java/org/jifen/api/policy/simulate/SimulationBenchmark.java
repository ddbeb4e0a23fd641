package org.jifen.api.policy.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.jifen.api.ApiTest;
import org.jifen.api.policy.PolicyPublisher;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.policy.PolicySource;
import org.jifen.persistence.draft.DraftFileRow;
import org.jifen.persistence.draft.DraftMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The what-if figure of bench/NOTES.md, not a timed test: generates {@code bench.evidence}
 * (100,000) stored evidence of {@code bench.members} (1,000) members over one year for a copy of
 * the 檀阴 policy directly in the database (multi-row inserts), plus two months of credited
 * ledger before the window, then times the simulation of a draft that changes two settings and a
 * category cap: once through {@link PolicySimulator} and twice through the endpoint.
 *
 * <p>Excluded from the default build (tag {@code benchmark}); run it with
 * {@code cd api && mvn -o test -Djifen.excludedGroups= -Dgroups=benchmark -Dtest=SimulationBenchmark}.
 */
@Tag("benchmark")
class SimulationBenchmark extends ApiTest {

    private static final LocalDateTime FROM = LocalDateTime.of(2030, 3, 1, 0, 0);
    private static final LocalDateTime TO = LocalDateTime.of(2031, 3, 1, 0, 0);

    @Autowired
    PolicyPublisher publisher;

    @Autowired
    DraftMapper drafts;

    @Autowired
    PolicySimulator simulator;

    @Test
    void simulate100kEvidence() {
        int evidenceCount = Integer.getInteger("bench.evidence", 100_000);
        int memberCount = Integer.getInteger("bench.members", 1_000);
        String village = unique("bench");
        Map<String, String> baselineFiles = tanyinAs(village);
        Map<String, String> bundle = new TreeMap<>(baselineFiles);
        bundle.put("cases.yaml", """
                cases:
                  - name: 无关证据 不得分
                    evidence:
                      - { id: e1, type: NOTHING, at: "2030-01-05T09:00" }
                    expect: []
                """);
        CompiledPolicy active = publisher.publish(org.jifen.api.policy.PublishCommand.of(new PolicySource(village, bundle), "bench", "benchmark")).policy();
        Map<String, String> draftFiles = new TreeMap<>(baselineFiles);
        draftFiles.put("village.yaml", baselineFiles.get("village.yaml")
                .replace("patrol.points: \"3\"", "patrol.points: \"4\"")
                .replace("volunteer.hourly.points: \"2\"", "volunteer.hourly.points: \"3\"")
                .replace("志愿服务: 40/MONTH", "志愿服务: 30/MONTH"));
        draftFiles.forEach((name, text) -> drafts.upsert(new DraftFileRow(village, name, text, "bench", null)));

        long t0 = System.nanoTime();
        generate(village, memberCount, evidenceCount);
        System.out.printf("generated %,d evidence (+ %,d before the window) of %,d members in %,d ms%n", evidenceCount,
                evidenceCount / 10, memberCount, (System.nanoTime() - t0) / 1_000_000);

        CompiledPolicy candidate = new PolicyCompiler().compile(new PolicySource(village, draftFiles), 0);
        long t1 = System.nanoTime();
        SimulationReport direct = simulator.simulate(village, active, candidate, FROM, TO);
        long directMillis = (System.nanoTime() - t1) / 1_000_000;
        candidate.close();
        print("PolicySimulator.simulate (cold)", direct, directMillis);
        assertThat(direct.evidenceCount()).isEqualTo(evidenceCount);
        assertThat(direct.complete()).isTrue();

        for (int round = 1; round <= 2; round++) {
            long t2 = System.nanoTime();
            Response response = post("/api/v1/villages/" + village + "/policy/draft/simulate?from=2030-03-01&to=2031-03-01", "");
            long httpMillis = (System.nanoTime() - t2) / 1_000_000;
            assertThat(response.status()).as(response.raw().substring(0, Math.min(500, response.raw().length())))
                    .isEqualTo(200);
            System.out.printf("POST …/policy/draft/simulate round %d: %,d ms wall (report says %,d ms), %,d evidence, "
                            + "%,d changed, response %,d bytes%n", round, httpMillis,
                    response.body().path("durationMillis").asLong(), response.body().path("evidenceCount").asLong(),
                    response.body().path("changed").path("count").asLong(), response.raw().length());
        }
    }

    private static void print(String what, SimulationReport report, long millis) {
        System.out.printf("%s: %,d evidence in %,d ms (%,.0f evidence/s); baseline %,d, candidate %,d, difference %,d; "
                        + "%,d members (%,d changed), %,d households, %,d evidence changed; errors %d / %d%n",
                what, report.evidenceCount(), millis, report.evidenceCount() * 1000.0 / Math.max(1, millis),
                report.totals().baseline(), report.totals().candidate(), report.totals().difference(),
                report.members().count(), report.members().changed(), report.households().count(),
                report.changed().count(), report.baselineErrors().count(), report.candidateErrors().count());
    }

    /** The 檀阴 policy files (no cases) under another village id. */
    private static Map<String, String> tanyinAs(String village) {
        PolicySource tanyin = PolicySource.read(Path.of("../rules/tanyin"));
        Map<String, String> files = new TreeMap<>();
        tanyin.files().forEach((name, text) -> files.put(name, text.replace("id: tanyin", "id: " + village)
                .replace("package village.tanyin;", "package village." + village.replace('-', '_') + ";")));
        return files;
    }

    private static final String[] TYPES = {"PATROL", "PATROL", "CLEANING", "CLEANING", "CLEANING", "VOLUNTEER",
        "VOLUNTEER", "LITTERING", "MEDIATION", "ELDER_CARE", "FRONTAGE_CHECK", "CLUE_REPORT"};

    /** Members in households of 3, evidence spread over the window, and 10% more before it with ledger rows. */
    private void generate(String village, int memberCount, int evidenceCount) {
        Random random = new Random(20301124L);
        List<Object[]> memberRows = new ArrayList<>();
        for (int m = 0; m < memberCount; m++) {
            memberRows.add(new Object[] {village, "m" + m, "h" + (m / 3), m % 20 == 0 ? "RESIDENT,PARTY_MEMBER" : "RESIDENT"});
        }
        insert("INSERT INTO members (village_id, member_id, household_id, roles) VALUES ", "(?,?,?,?)", memberRows);

        long windowSeconds = java.time.Duration.between(FROM, TO).getSeconds();
        LocalDateTime seedFrom = LocalDateTime.of(2030, 1, 1, 0, 0);
        long seedSeconds = java.time.Duration.between(seedFrom, FROM).getSeconds();
        List<Object[]> evidence = new ArrayList<>();
        List<Object[]> ledger = new ArrayList<>();
        int total = evidenceCount + evidenceCount / 10;
        for (int i = 0; i < total; i++) {
            boolean seed = i >= evidenceCount;
            LocalDateTime at = seed ? seedFrom.plusSeconds((long) (random.nextDouble() * seedSeconds))
                    : FROM.plusSeconds((long) (random.nextDouble() * windowSeconds));
            String member = "m" + random.nextInt(memberCount);
            String type = TYPES[random.nextInt(TYPES.length)];
            int r = random.nextInt(100);
            String status = r < 90 ? "APPROVED" : r < 95 ? "PENDING" : "REJECTED";
            int minutes = 30 + random.nextInt(180);
            String attrs = switch (type) {
                case "PATROL" -> random.nextInt(4) == 0 ? "{\"shift\":\"NIGHT\"}" : "{\"shift\":\"DAY\"}";
                case "VOLUNTEER" -> random.nextInt(10) == 0 ? "{\"role\":\"ORGANIZER\"}" : "{}";
                case "MEDIATION" -> random.nextBoolean() ? "{\"result\":\"RESOLVED\"}" : "{}";
                case "FRONTAGE_CHECK" -> random.nextBoolean() ? "{\"result\":\"PASS\"}" : "{\"result\":\"FAIL\"}";
                default -> "{}";
            };
            String id = "e" + i;
            String payload = "{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"memberId\":\"" + member
                    + "\",\"reporterId\":null,\"occurredAt\":\"" + at + "\",\"status\":\"" + status + "\",\"minutes\":"
                    + minutes + ",\"quantity\":1,\"photos\":1,\"attrs\":" + attrs + "}";
            String hash = HexFormat.of().formatHex(new byte[32]);
            evidence.add(new Object[] {village, id, member, type, at, status, hash, payload, "{}", 1});
            if (seed && status.equals("APPROVED")) {
                ledger.add(new Object[] {village, member, "h" + (Integer.parseInt(member.substring(1)) / 3), id, 0,
                    type, at, "参加治安巡逻", "平安建设", 3, 3, 1});
            }
        }
        insert("INSERT INTO evidence (village_id, evidence_id, member_id, evidence_type, occurred_at, status, "
                + "payload_hash, payload, result, policy_version) VALUES ", "(?,?,?,?,?,?,?,?,?,?)", evidence);
        insert("INSERT INTO ledger (village_id, member_id, household_id, evidence_id, award_seq, evidence_type, "
                + "occurred_at, rule_name, category, requested, points, policy_version) VALUES ",
                "(?,?,?,?,?,?,?,?,?,?,?,?)", ledger);
    }

    /** Multi-row INSERTs of 500 rows each. */
    private void insert(String head, String tuple, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 500) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 500));
            StringBuilder sql = new StringBuilder(head);
            List<Object> args = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ",").append(tuple);
                for (Object value : chunk.get(i)) {
                    args.add(value);
                }
            }
            jdbc.update(sql.toString(), args.toArray());
        }
    }
}
