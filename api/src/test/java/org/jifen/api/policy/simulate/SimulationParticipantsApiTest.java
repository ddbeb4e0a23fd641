package org.jifen.api.policy.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The what-if with evidence that has participants: each registered participant is evaluated as that
 * member with their role, as the live evaluation did, and the report credits each participant their
 * own awards; an unregistered participant is skipped and reported.
 */
class SimulationParticipantsApiTest extends SimulationApiSupport {

    private static final String PARTICIPANT_RULES = BASELINE + """

            rule "调解纠纷成功 调解员"
                @category("善治")
            when
                $e : Evidence( type == "DISPUTE_SETTLED", approved, participantRole == "调解员" )
            then
                award.grant($e, 5, "调解纠纷成功");
            end

            rule "纠纷当事人 握手言和"
                @category("善治")
            when
                $e : Evidence( type == "DISPUTE_SETTLED", approved, participantRole == "当事人" )
            then
                award.grant($e, 2, "握手言和");
            end
            """;

    @Test
    void theWhatIfCreditsEachParticipantWhatTheLiveEvaluationCredited() {
        String village = newVillage(PARTICIPANT_RULES);
        String med = member(village, "med", "H1");
        String a = member(village, "a", "H2");
        String b = member(village, "b", "H2");
        String head = member(village, "head", "H3");
        String ghost = id(village, "ghost");
        credit(village,
                dispute("d1", head, "2026-03-05T10:00", med, "调解员", a, "当事人", b, "当事人", ghost, "当事人"),
                evidence("m1", "MEETING", head, "2026-03-06T09:00"),
                dispute("d2", med, "2026-03-07T10:00", med, "调解员", a, "当事人", b, "当事人"),
                evidence("m2", "MEETING", a, "2026-03-08T09:00"));
        Map<String, Long> ledger = ledgerInWindow(village, med, a, b, head);
        assertThat(ledger).as("live: the mediator 5 and each party 2 per dispute; the submitter only their meeting")
                .isEqualTo(Map.of(med, 10L, a, 6L, b, 4L, head, 2L));
        draft(village, PARTICIPANT_RULES.replace("award.grant($e, 2, \"握手言和\")", "award.grant($e, 3, \"握手言和\")"));
        Map<String, Long> before = counts();

        Response response = simulate(village, "2026-03-01", "2026-04-01");

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        JsonNode report = response.body();
        assertThat(report.path("evidenceCount").asLong()).isEqualTo(4);
        Map<String, Long> baseline = new TreeMap<>();
        Map<String, Long> difference = new TreeMap<>();
        for (List<Object> row : rows(report.path("members"), "memberId")) {
            baseline.put((String) row.get(0), (Long) row.get(2));
            difference.put((String) row.get(0), (Long) row.get(4));
        }
        assertThat(baseline).as("the replay credits each participant what the ledger holds").isEqualTo(ledger);
        assertThat(difference).as("only the parties earn more, one point per dispute")
                .isEqualTo(Map.of(med, 0L, a, 2L, b, 2L, head, 0L));
        assertThat(totals(report)).containsExactly(22L, 26L, 4L);
        assertThat(rows(report.path("households"), "householdId")).containsExactlyInAnyOrder(
                List.of(id(village, "H1"), 10L, 10L, 0L), List.of(id(village, "H2"), 10L, 14L, 4L),
                List.of(id(village, "H3"), 2L, 2L, 0L));
        JsonNode changed = report.path("changed").path("evidence");
        assertThat(ids(changed, "evidenceId")).containsExactly(id(village, "d1"), id(village, "d2"));
        assertThat(ids(changed.get(0).path("candidate"), "memberId")).containsExactly(med, a, b);
        assertThat(ids(changed.get(0).path("candidate"), "points")).containsExactly("5", "3", "3");
        JsonNode problems = report.path("participantProblems");
        assertThat(problems.path("count").asLong()).isEqualTo(1);
        assertThat(problems.path("first").get(0).path("evidenceId").asText()).isEqualTo(id(village, "d1"));
        assertThat(problems.path("first").get(0).path("message").asText()).contains(ghost);
        assertThat(report.path("baselineErrors").path("count").asLong()).isZero();
        assertThat(counts()).isEqualTo(before);
    }

    /** Dispute evidence submitted by {@code submitter} with participants given as member, role pairs. */
    private static ObjectNode dispute(String name, String submitter, String at, String... pairs) {
        ObjectNode evidence = evidence(name, "DISPUTE_SETTLED", submitter, at);
        ArrayNode participants = evidence.putArray("participants");
        for (int i = 0; i < pairs.length; i += 2) {
            participants.addObject().put("memberId", pairs[i]).put("role", pairs[i + 1]);
        }
        return evidence;
    }

    /** Member id to the points the ledger credited them from 2026-03-01 on. */
    private Map<String, Long> ledgerInWindow(String village, String... members) {
        Map<String, Long> sums = new TreeMap<>();
        for (String member : members) {
            sums.put(member, 0L);
        }
        List<String> others = new ArrayList<>();
        jdbc.query("SELECT member_id, SUM(points) AS p FROM ledger WHERE village_id = ? AND occurred_at >= ?"
                + " GROUP BY member_id", rs -> {
                    if (sums.containsKey(rs.getString("member_id"))) {
                        sums.put(rs.getString("member_id"), rs.getLong("p"));
                    } else {
                        others.add(rs.getString("member_id"));
                    }
                }, village, java.sql.Timestamp.valueOf("2026-03-01 00:00:00"));
        assertThat(others).as("nobody else is credited").isEmpty();
        return sums;
    }
}
