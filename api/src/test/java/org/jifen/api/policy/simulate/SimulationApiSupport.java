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
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Set-up and helpers of the {@code POST …/policy/draft/simulate} tests: each test publishes its own
 * village (so nothing else writes its evidence), credits evidence through the evaluate endpoint,
 * writes a draft and compares the report with figures worked out by hand.
 */
abstract class SimulationApiSupport extends ApiTest {

    /** The policy every test village publishes: {@link SimulationFixtures#RULES}. */
    static final String BASELINE = SimulationFixtures.RULES;

    @Autowired
    PolicyPublisher publisher;

    @Autowired
    DraftMapper drafts;

    /** Row counts of every table a request could write, the draft workspace included. */
    Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.LinkedHashMap<>(rowCounts());
        counts.put("policy_drafts", jdbc.queryForObject("SELECT COUNT(*) FROM policy_drafts", Long.class));
        return counts;
    }

    /** Publishes a new village whose policy is village.yaml and rules.drl with {@code rules}. */
    String newVillage(String rules) {
        String village = unique("sim");
        publisher.publish(org.jifen.api.policy.PublishCommand.of(new PolicySource(village, Map.of("village.yaml", villageYaml(village),
                "rules.drl", drl(village, rules), "cases.yaml", SimulationFixtures.CASES)), "test", "simulation test village"));
        return village;
    }

    static String villageYaml(String village) {
        return "id: " + village + "\nname: 模拟村\nregion: 测试\ntimezone: Asia/Shanghai\n";
    }

    static String drl(String village, String rules) {
        return SimulationFixtures.drl(village, rules);
    }

    /** Replaces the village's draft with village.yaml and rules.drl. */
    void draft(String village, String rules) {
        drafts.deleteAll(village);
        drafts.upsert(new DraftFileRow(village, "village.yaml", villageYaml(village), "test", null));
        drafts.upsert(new DraftFileRow(village, "rules.drl", drl(village, rules), "test", null));
    }

    /** Registers {@code name} of the village in household {@code household-village}; returns the member id. */
    String member(String village, String name, String household) {
        String member = name + "-" + village;
        Response response = put(memberPath(village, member),
                Map.of("householdId", household + "-" + village, "roles", List.of("RESIDENT")));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return member;
    }

    static String id(String village, String name) {
        return name + "-" + village;
    }

    static ObjectNode evidence(String name, String type, String member, String at) {
        ObjectNode e = JSON.createObjectNode();
        e.put("id", name + "-" + member.substring(member.indexOf('-') + 1)).put("type", type).put("memberId", member)
                .put("occurredAt", at).put("status", "APPROVED").put("minutes", 0);
        return e;
    }

    /** Credits the evidence through the evaluate endpoint, one batch, in this order. */
    void credit(String village, ObjectNode... evidence) {
        Response response = post(evaluations(village), batch(false, evidence));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        for (JsonNode result : response.body().path("results")) {
            assertThat(result.path("status").asText()).as(result.toString()).isEqualTo("CREDITED");
        }
    }

    Response simulate(String village, String from, String to) {
        return post(simulatePath(village, from, to), "");
    }

    static String simulatePath(String village, String from, String to) {
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

    void assertBadRequest(String path, String field) {
        Response response = post(path, "");
        assertThat(response.status()).as(path + " " + response.raw()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.body().path("errors").get(0).path("field").asText()).isEqualTo(field);
    }

    static List<Long> totals(JsonNode report) {
        JsonNode totals = report.path("totals");
        return List.of(totals.path("baseline").asLong(), totals.path("candidate").asLong(),
                totals.path("difference").asLong());
    }

    /** Rows as [id, (household,) baseline, candidate, difference]. */
    static List<List<Object>> rows(JsonNode listing, String idField) {
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

    static List<String> ids(JsonNode array, String field) {
        List<String> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.path(field).asText()));
        return ids;
    }

    static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(fragment);
    }
}
