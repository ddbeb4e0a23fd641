package org.jifen.api.policy.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jifen.api.ApiTest;
import org.jifen.api.policy.PolicyPublisher;
import org.jifen.engine.policy.PolicySource;
import org.jifen.persistence.draft.DraftFileRow;
import org.jifen.persistence.draft.DraftMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code POST …/policy/draft/simulate}: each test publishes its own village (so nothing else
 * writes its evidence), credits evidence through the evaluate endpoint, writes a draft and
 * compares the report with figures worked out by hand.
 */
class SimulationApiTest extends ApiTest {

    /** 3 points a patrol, at most 3 a week; 2 points a meeting. */
    private static final String BASELINE = """
            rule "巡逻 +3"
                @category("平安")
                @maxTimes("3/WEEK")
            when
                $e : Evidence( type == "PATROL", approved )
            then
                award.grant($e, 3, "治安巡逻");
            end

            rule "会议 +2"
                @category("善治")
            when
                $e : Evidence( type == "MEETING", approved )
            then
                award.grant($e, 2, "参加村民说事会");
            end
            """;

    /** Publishing needs a passing case. */
    private static final String CASES = """
            cases:
              - name: 会议 +2
                evidence:
                  - { id: e1, type: MEETING, at: "2026-01-05T09:00" }
                expect:
                  - { evidence: e1, rule: "会议 +2", points: 2 }
            """;

    @Autowired
    PolicyPublisher publisher;

    @Autowired
    DraftMapper drafts;

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

    // ---- helpers

    /** Row counts of every table a request could write, the draft workspace included. */
    private Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.LinkedHashMap<>(rowCounts());
        counts.put("policy_drafts", jdbc.queryForObject("SELECT COUNT(*) FROM policy_drafts", Long.class));
        return counts;
    }

    /** Publishes a new village whose policy is village.yaml and rules.drl with {@code rules}. */
    private String newVillage(String rules) {
        String village = unique("sim");
        publisher.publish(new PolicySource(village, Map.of("village.yaml", villageYaml(village),
                "rules.drl", drl(village, rules), "cases.yaml", CASES)), "test", "simulation test village");
        return village;
    }

    private static String villageYaml(String village) {
        return "id: " + village + "\nname: 模拟村\nregion: 测试\ntimezone: Asia/Shanghai\n";
    }

    private static String drl(String village, String rules) {
        return "package village." + village.replace('-', '_') + ";\n\n" + rules;
    }

    /** Replaces the village's draft with village.yaml and rules.drl. */
    private void draft(String village, String rules) {
        drafts.deleteAll(village);
        drafts.upsert(new DraftFileRow(village, "village.yaml", villageYaml(village), "test", null));
        drafts.upsert(new DraftFileRow(village, "rules.drl", drl(village, rules), "test", null));
    }

    /** Registers {@code name} of the village in household {@code household-village}; returns the member id. */
    private String member(String village, String name, String household) {
        String member = name + "-" + village;
        Response response = put(memberPath(village, member),
                Map.of("householdId", household + "-" + village, "roles", List.of("RESIDENT")));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return member;
    }

    private static String id(String village, String name) {
        return name + "-" + village;
    }

    private static ObjectNode evidence(String name, String type, String member, String at) {
        ObjectNode e = JSON.createObjectNode();
        e.put("id", name + "-" + member.substring(member.indexOf('-') + 1)).put("type", type).put("memberId", member)
                .put("occurredAt", at).put("status", "APPROVED").put("minutes", 0);
        return e;
    }

    /** Credits the evidence through the evaluate endpoint, one batch, in this order. */
    private void credit(String village, ObjectNode... evidence) {
        Response response = post(evaluations(village), batch(false, evidence));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        for (JsonNode result : response.body().path("results")) {
            assertThat(result.path("status").asText()).as(result.toString()).isEqualTo("CREDITED");
        }
    }

    private Response simulate(String village, String from, String to) {
        return post(simulatePath(village, from, to), "");
    }

    private static String simulatePath(String village, String from, String to) {
        StringBuilder path = new StringBuilder("/api/v1/villages/" + seg(village) + "/policy/draft/simulate");
        String sep = "?";
        if (from != null) {
            path.append(sep).append("from=").append(seg(from));
            sep = "&";
        }
        if (to != null) {
            path.append(sep).append("to=").append(seg(to));
        }
        return path.toString();
    }

    private void assertBadRequest(String path, String field) {
        Response response = post(path, "");
        assertThat(response.status()).as(path + " " + response.raw()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.body().path("errors").get(0).path("field").asText()).isEqualTo(field);
    }

    private static List<Long> totals(JsonNode report) {
        JsonNode totals = report.path("totals");
        return List.of(totals.path("baseline").asLong(), totals.path("candidate").asLong(),
                totals.path("difference").asLong());
    }

    /** Rows as [id, (household,) baseline, candidate, difference]. */
    private static List<List<Object>> rows(JsonNode listing, String idField) {
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode row : listing.path("rows")) {
            List<Object> values = new ArrayList<>();
            values.add(row.path(idField).asText());
            if (idField.equals("memberId")) {
                values.add(row.path("householdId").asText());
            }
            values.add(row.path("baseline").asLong());
            values.add(row.path("candidate").asLong());
            values.add(row.path("difference").asLong());
            rows.add(values);
        }
        return rows;
    }

    private static List<String> ids(JsonNode array, String field) {
        List<String> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.path(field).asText()));
        return ids;
    }

    private static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(fragment);
    }
}
