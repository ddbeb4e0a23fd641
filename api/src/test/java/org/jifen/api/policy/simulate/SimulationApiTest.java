package org.jifen.api.policy.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code POST …/policy/draft/simulate}: what a report shows, compared with figures worked out by
 * hand (set-up in {@link SimulationApiSupport}).
 */
class SimulationApiTest extends SimulationApiSupport {

    @Test
    void doublingOneRuleShowsTheDifferencesPerMemberHouseholdAndTotalAndListsExactlyTheChangedEvidence() {
        String village = newVillage(BASELINE);
        String a1 = member(village, "a1", "H1");
        String a2 = member(village, "a2", "H1");
        String b1 = member(village, "b1", "H2");
        credit(village,
                evidence("before", "MEETING", a1, "2026-03-01T23:59:59"),
                evidence("m1", "MEETING", a1, "2026-03-02T09:00"),
                evidence("p1", "PATROL", a1, "2026-03-02T20:00"),
                evidence("m2", "MEETING", a2, "2026-03-03T09:00"),
                evidence("q1", "PATROL", b1, "2026-03-03T20:00"),
                evidence("q2", "PATROL", b1, "2026-03-04T20:00"),
                evidence("m3", "MEETING", a1, "2026-03-08T23:59:59"),
                evidence("after", "MEETING", a1, "2026-03-09T00:00"));
        draft(village, BASELINE.replace("award.grant($e, 2, \"参加村民说事会\")", "award.grant($e, 4, \"参加村民说事会\")"));
        Map<String, Long> before = counts();

        Response response = simulate(village, "2026-03-02", "2026-03-09");

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        JsonNode report = response.body();
        assertThat(report.path("villageId").asText()).isEqualTo(village);
        assertThat(report.path("from").asText()).isEqualTo("2026-03-02T00:00:00");
        assertThat(report.path("to").asText()).isEqualTo("2026-03-09T00:00:00");
        assertThat(report.path("complete").asBoolean()).isTrue();
        assertThat(report.path("evidenceCount").asLong()).isEqualTo(6);
        assertThat(report.path("durationMillis").isNumber()).isTrue();
        assertThat(totals(report)).containsExactly(15L, 21L, 6L);

        JsonNode members = report.path("members");
        assertThat(members.path("count").asInt()).isEqualTo(3);
        assertThat(members.path("changed").asInt()).isEqualTo(2);
        assertThat(members.path("omitted").asInt()).isZero();
        assertThat(rows(members, "memberId")).containsExactly(
                List.of(a1, "H1-" + village, 7L, 11L, 4L),
                List.of(a2, "H1-" + village, 2L, 4L, 2L),
                List.of(b1, "H2-" + village, 6L, 6L, 0L));

        JsonNode households = report.path("households");
        assertThat(households.path("count").asInt()).isEqualTo(2);
        assertThat(households.path("changed").asInt()).isEqualTo(1);
        assertThat(rows(households, "householdId")).containsExactly(
                List.of("H1-" + village, 9L, 15L, 6L),
                List.of("H2-" + village, 6L, 6L, 0L));
        assertThat(households.path("rows").get(0).path("members").asInt()).isEqualTo(2);

        JsonNode changed = report.path("changed");
        assertThat(changed.path("count").asLong()).isEqualTo(3);
        assertThat(changed.path("omitted").asLong()).isZero();
        assertThat(ids(changed.path("evidence"), "evidenceId")).containsExactly(id(village, "m1"), id(village, "m2"),
                id(village, "m3"));
        JsonNode first = changed.path("evidence").get(0);
        assertThat(first.path("memberId").asText()).isEqualTo(a1);
        assertThat(first.path("occurredAt").asText()).isEqualTo("2026-03-02T09:00:00");
        assertThat(first.path("baseline")).hasSize(1);
        assertThat(first.path("baseline").get(0).path("rule").asText()).isEqualTo("会议 +2");
        assertThat(first.path("baseline").get(0).path("category").asText()).isEqualTo("善治");
        assertThat(first.path("baseline").get(0).path("points").asInt()).isEqualTo(2);
        assertThat(first.path("candidate").get(0).path("points").asInt()).isEqualTo(4);
        assertThat(first.path("candidate").get(0).path("requested").asInt()).isEqualTo(4);

        assertThat(report.path("baselineErrors").path("count").asLong()).isZero();
        assertThat(report.path("candidateErrors").path("count").asLong()).isZero();
        assertThat(counts()).as("a simulation writes nothing").isEqualTo(before);
    }

    @Test
    void aDraftIdenticalToTheActiveVersionChangesNothing() {
        String village = newVillage(BASELINE);
        String a1 = member(village, "a1", "H1");
        String b1 = member(village, "b1", "H2");
        List<ObjectNode> evidence = new ArrayList<>();
        for (int day = 1; day <= 20; day++) {
            String at = "2026-04-%02dT08:00".formatted(day);
            evidence.add(evidence("p" + day, "PATROL", day % 2 == 0 ? a1 : b1, at));
            evidence.add(evidence("m" + day, "MEETING", a1, at.replace("08:00", "19:30")));
        }
        credit(village, evidence.toArray(ObjectNode[]::new));
        draft(village, BASELINE);

        Response response = simulate(village, "2026-04-01T00:00", "2026-05-01T00:00");

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        JsonNode report = response.body();
        assertThat(report.path("evidenceCount").asLong()).isEqualTo(40);
        assertThat(report.path("changed").path("count").asLong()).isZero();
        assertThat(report.path("changed").path("evidence")).isEmpty();
        assertThat(report.path("members").path("changed").asInt()).isZero();
        assertThat(report.path("households").path("changed").asInt()).isZero();
        long credited = jdbc.queryForObject("SELECT SUM(points) FROM ledger WHERE village_id = ?", Long.class, village);
        assertThat(totals(report)).as("the baseline replays exactly what was credited").containsExactly(credited, credited, 0L);
    }

    @Test
    void aVillageWithoutDraftIsSimulatedAgainstItsLivePolicyAndNoDraftIsStarted() {
        String village = newVillage(BASELINE);
        String a1 = member(village, "a1", "H1");
        credit(village, evidence("m1", "MEETING", a1, "2026-03-02T09:00"));
        Map<String, Long> before = counts();

        Response response = simulate(village, "2026-03-01", "2026-04-01");

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.body().path("evidenceCount").asLong()).isEqualTo(1);
        assertThat(totals(response.body())).containsExactly(2L, 2L, 0L);
        assertThat(response.body().path("changed").path("count").asLong()).isZero();
        assertThat(drafts.count(village)).isZero();
        assertThat(counts()).isEqualTo(before);
    }
}
