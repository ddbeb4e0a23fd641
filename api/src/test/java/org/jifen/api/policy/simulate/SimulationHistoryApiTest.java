package org.jifen.api.policy.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code POST …/policy/draft/simulate}: histories seeded from before the window (ledger and
 * approved days) and evidence a policy fails to evaluate.
 */
class SimulationHistoryApiTest extends SimulationApiSupport {

    @Test
    void aLowerMaxTimesCreditsLessCountingTheLedgerBeforeTheWindow() {
        String village = newVillage(BASELINE);
        String a1 = member(village, "a1", "H1");
        // Monday and Tuesday are before the window: credited in the ledger, they count for the week's cap
        credit(village,
                evidence("mon", "PATROL", a1, "2026-03-02T08:00"),
                evidence("tue", "PATROL", a1, "2026-03-03T08:00"),
                evidence("wed", "PATROL", a1, "2026-03-04T08:00"),
                evidence("thu", "PATROL", a1, "2026-03-05T08:00"),
                evidence("nextmon", "PATROL", a1, "2026-03-09T08:00"));
        draft(village, BASELINE.replace("@maxTimes(\"3/WEEK\")", "@maxTimes(\"1/WEEK\")"));
        Map<String, Long> before = counts();

        Response response = simulate(village, "2026-03-04", "2026-03-10");

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        JsonNode report = response.body();
        assertThat(report.path("evidenceCount").asLong()).isEqualTo(3);
        // baseline: wed is the 3rd of the week (3), thu is capped (0), next monday starts a new week (3)
        // candidate: mon and tue already used up 1/WEEK, so wed and thu are capped; next monday earns 3
        assertThat(totals(report)).containsExactly(6L, 3L, -3L);
        JsonNode changed = report.path("changed").path("evidence");
        assertThat(ids(changed, "evidenceId")).as("thu is capped under both, so unchanged").containsExactly(id(village, "wed"));
        JsonNode wed = changed.get(0);
        assertThat(wed.path("baseline").get(0).path("points").asInt()).isEqualTo(3);
        assertThat(wed.path("baseline").get(0).path("capped").asBoolean()).isFalse();
        assertThat(wed.path("candidate").get(0).path("points").asInt()).isZero();
        assertThat(wed.path("candidate").get(0).path("requested").asInt()).isEqualTo(3);
        assertThat(wed.path("candidate").get(0).path("capped").asBoolean()).isTrue();
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void streaksCountApprovedDaysBeforeTheWindow() {
        String village = newVillage(BASELINE);
        String a1 = member(village, "a1", "H1");
        credit(village,
                evidence("d1", "PATROL", a1, "2026-06-01T08:00"),
                evidence("d2", "PATROL", a1, "2026-06-02T08:00"),
                evidence("d3", "PATROL", a1, "2026-06-03T08:00"),
                evidence("d5", "PATROL", a1, "2026-06-05T08:00"));
        draft(village, BASELINE + """

                rule "连续3天巡逻 +5"
                    @category("平安")
                when
                    $e : Evidence( type == "PATROL", approved )
                    Streak( type == "PATROL", days >= 3 )
                then
                    award.grant($e, 5, "连续3天巡逻");
                end
                """);

        Response response = simulate(village, "2026-06-03", "2026-06-06");

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        JsonNode report = response.body();
        assertThat(report.path("evidenceCount").asLong()).isEqualTo(2);
        // d3 is the week's 3rd patrol (3) and, in the draft, the 3rd day running (+5); d5 is capped under both
        assertThat(totals(report)).containsExactly(3L, 8L, 5L);
        assertThat(ids(report.path("changed").path("evidence"), "evidenceId")).containsExactly(id(village, "d3"));
    }

    @Test
    void evidenceTheDraftFailsToEvaluateCountsAsItsError() {
        String village = newVillage(BASELINE);
        String a1 = member(village, "a1", "H1");
        credit(village, evidence("m1", "MEETING", a1, "2026-07-01T08:00"),
                evidence("p1", "PATROL", a1, "2026-07-01T09:00"));
        draft(village, BASELINE.replace("award.grant($e, 2, \"参加村民说事会\")",
                "award.grant($e, 10 / $e.minutes(), \"参加村民说事会\")"));

        Response response = simulate(village, "2026-07-01", "2026-07-02");

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        JsonNode report = response.body();
        assertThat(report.path("baselineErrors").path("count").asLong()).isZero();
        assertThat(report.path("candidateErrors").path("count").asLong()).isEqualTo(1);
        JsonNode sample = report.path("candidateErrors").path("first").get(0);
        assertThat(sample.path("evidenceId").asText()).isEqualTo(id(village, "m1"));
        assertThat(sample.path("message").asText()).isNotBlank();
        assertThat(totals(report)).containsExactly(5L, 3L, -2L);
        JsonNode changed = report.path("changed").path("evidence");
        assertThat(ids(changed, "evidenceId")).containsExactly(id(village, "m1"));
        assertThat(changed.get(0).path("candidateError").asText()).isNotBlank();
        assertThat(changed.get(0).has("candidate")).isFalse();
    }
}
