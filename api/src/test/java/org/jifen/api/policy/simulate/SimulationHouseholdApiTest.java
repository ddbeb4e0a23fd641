package org.jifen.api.policy.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The what-if with households: a {@code /户} cap reached by two members of one household together
 * is applied in the replay exactly as the live evaluation applied it when the same evidence was
 * posted, the household's entries before the window included.
 */
class SimulationHouseholdApiTest extends SimulationApiSupport {

    private static final String HOUSEHOLD_CAP = BASELINE + """

            rule "门前三包 +2"
                @category("人居环境")
                @maxTimes("2/MONTH/户")
            when
                $e : Evidence( type == "FRONT_DOOR", approved )
            then
                award.grant($e, 2, "门前三包");
            end
            """;

    @Test
    void aHouseholdCapInTheWhatIfIsTheLiveOne() {
        String village = newVillage(HOUSEHOLD_CAP);
        String a1 = member(village, "a1", "H1");
        String a2 = member(village, "a2", "H1");
        String b1 = member(village, "b1", "H2");
        // before the window: a1 uses one of H1's two March times
        List<Integer> live = new ArrayList<>();
        live(village, live, evidence("pre", "FRONT_DOOR", a1, "2026-03-02T08:00"));
        assertThat(live).containsExactly(2);
        live.clear();
        // in the window, posted one at a time in time order: a2 takes H1's second time, then H1 is full
        ObjectNode[] window = {
            evidence("w1", "FRONT_DOOR", a2, "2026-03-05T08:00"),
            evidence("w2", "FRONT_DOOR", a1, "2026-03-06T08:00"),
            evidence("w3", "FRONT_DOOR", b1, "2026-03-06T09:00"),
            evidence("w4", "FRONT_DOOR", a2, "2026-03-07T08:00"),
            evidence("w5", "FRONT_DOOR", a1, "2026-03-08T08:00")};
        for (ObjectNode e : window) {
            live(village, live, e);
        }
        assertThat(live).as("live: H1 is capped after w1, H2 is not").containsExactly(2, 0, 2, 0, 0);
        draft(village, HOUSEHOLD_CAP.replace("2/MONTH/户", "3/MONTH/户"));
        Map<String, Long> before = counts();

        Response response = simulate(village, "2026-03-05", "2026-04-01");

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        JsonNode report = response.body();
        assertThat(report.path("evidenceCount").asLong()).isEqualTo(5);
        // baseline: what the live evaluation credited; candidate: H1's third time goes to w2 (a1)
        assertThat(totals(report)).containsExactly(4L, 6L, 2L);
        Map<String, Long> baselineByMember = new TreeMap<>();
        for (List<Object> row : rows(report.path("members"), "memberId")) {
            baselineByMember.put((String) row.get(0), (Long) row.get(2));
        }
        assertThat(baselineByMember).as("the replay credits each member what the ledger holds")
                .isEqualTo(ledgerInWindow(village, a1, a2, b1));
        assertThat(rows(report.path("households"), "householdId")).containsExactlyInAnyOrder(
                List.of(id(village, "H1"), 2L, 4L, 2L), List.of(id(village, "H2"), 2L, 2L, 0L));
        JsonNode changed = report.path("changed").path("evidence");
        assertThat(ids(changed, "evidenceId")).containsExactly(id(village, "w2"));
        assertThat(changed.get(0).path("baseline").get(0).path("capped").asBoolean()).isTrue();
        assertThat(changed.get(0).path("candidate").get(0).path("points").asInt()).isEqualTo(2);
        assertThat(counts()).isEqualTo(before);
    }

    /** Posts one evidence through the evaluate endpoint and adds its credited points to {@code points}. */
    private void live(String village, List<Integer> points, ObjectNode evidence) {
        Response response = post(evaluations(village), batch(false, evidence));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        JsonNode result = response.body().path("results").get(0);
        assertThat(result.path("status").asText()).as(result.toString()).isEqualTo("CREDITED");
        int sum = 0;
        for (JsonNode award : result.path("awards")) {
            sum += award.path("points").asInt();
        }
        points.add(sum);
    }

    /** Member id to the points the ledger credited them from 2026-03-05 on. */
    private Map<String, Long> ledgerInWindow(String village, String... members) {
        Map<String, Long> sums = new TreeMap<>();
        for (String member : members) {
            sums.put(member, 0L);
        }
        jdbc.query("SELECT member_id, SUM(points) AS p FROM ledger WHERE village_id = ? AND occurred_at >= ?"
                + " GROUP BY member_id", rs -> {
                    sums.put(rs.getString("member_id"), rs.getLong("p"));
                }, village, java.sql.Timestamp.valueOf("2026-03-05 00:00:00"));
        return sums;
    }
}
