package org.jifen.api.policy.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code POST …/policy/draft/simulate}: the requests it refuses (bad windows, unknown village,
 * drafts that do not compile).
 */
class SimulationRequestApiTest extends SimulationApiSupport {

    @Test
    void badWindowsAre400() {
        String village = newVillage(BASELINE);
        draft(village, BASELINE);
        Map<String, Long> before = counts();

        assertBadRequest(simulatePath(village, null, "2026-03-01"), "from");
        assertBadRequest(simulatePath(village, "2026-03-01", null), "to");
        assertBadRequest(simulatePath(village, "yesterday", "2026-03-01"), "from");
        assertBadRequest(simulatePath(village, "2026-03-01", "2026-13-01"), "to");
        assertBadRequest(simulatePath(village, "2026-03-01", "2026-03-01"), "to");
        assertBadRequest(simulatePath(village, "2026-03-02", "2026-03-01T23:00"), "to");
        assertBadRequest(simulatePath(village, "2025-01-01", "2026-01-03"), "to");
        assertThat(post(simulatePath(village, "2025-01-01", "2026-01-02"), "").status()).as("366 days is allowed")
                .isEqualTo(200);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void unknownVillageIs404() {
        Response unknown = post(simulatePath("no-such-village", "2026-03-01", "2026-04-01"), "");
        assertThat(unknown.status()).as(unknown.raw()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
    }

    @Test
    void aDraftThatDoesNotCompileIs422WithFileAndLine() {
        String village = newVillage(BASELINE);
        String broken = BASELINE.replace("$e : Evidence( type == \"MEETING\", approved )",
                "$e : Evidence( type == \"MEETING\", approved ");
        int line = lineOf(drl(village, broken), "type == \"MEETING\"");
        draft(village, broken);
        Map<String, Long> before = counts();

        Response response = post(simulatePath(village, "2026-03-01", "2026-04-01"), "");

        assertThat(response.status()).as(response.raw()).isEqualTo(422);
        assertThat(response.isProblem()).isTrue();
        JsonNode problems = response.body().path("problems");
        assertThat(problems).isNotEmpty();
        assertThat(problems.get(0).path("file").asText()).isEqualTo("rules.drl");
        assertThat(problems.get(0).path("line").asInt()).isBetween(line, line + 1);
        assertThat(problems.get(0).path("severity").asText()).isEqualTo("ERROR");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aDraftWithADisallowedCallIs422() {
        String village = newVillage(BASELINE);
        draft(village, BASELINE.replace("award.grant($e, 3, \"治安巡逻\");", "System.exit(1);"));

        Response response = post(simulatePath(village, "2026-03-01", "2026-04-01"), "");

        assertThat(response.status()).as(response.raw()).isEqualTo(422);
        assertThat(response.body().path("problems").get(0).path("line").asInt())
                .isEqualTo(lineOf(drl(village, BASELINE), "award.grant($e, 3"));
    }
}
