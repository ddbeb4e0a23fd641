package org.jifen.api.village;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.jifen.api.policy.draft.PolicyApiTest;
import org.junit.jupiter.api.Test;

/**
 * A village's region (which merchants may redeem its points) and time zone (when cap periods
 * start): only an ADMIN key changes them, by PUT or by publishing a village.yaml, and the change is
 * audited; an OFFICIAL may still rename its village.
 */
class VillageMoveApiTest extends PolicyApiTest {

    private static final String REGION = "邛崃市 测试镇";

    @Test
    void anOfficialMayRenameButNotMoveItsVillage() {
        String village = publishedVillage("move");
        String official = createKey("OFFICIAL", village);
        Map<String, Long> before = rowCounts();
        String path = villagePath(village);

        for (Map<String, Object> move : List.<Map<String, Object>>of(
                Map.of("name", "测试村", "region", "成都市 锦江区"),
                Map.of("name", "测试村", "region", ""),
                Map.of("name", "测试村", "timezone", "Asia/Urumqi"),
                Map.of("name", "改名村", "region", REGION, "timezone", "Asia/Kashgar"))) {
            Response refused = as(official).put(path, move);
            assertThat(refused.status()).as(move + " " + refused.raw()).isEqualTo(403);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.body().path("title").asText()).isEqualTo("Forbidden");
            String field = move.containsKey("timezone") ? "timezone" : "region";
            assertThat(refused.body().path("errors").get(0).path("field").asText()).isEqualTo(field);
            assertThat(refused.body().path("detail").asText()).startsWith(field + ": only an ADMIN key may change");
        }
        assertThat(rowCounts()).as("nothing changed").isEqualTo(before);
        JsonNode unchanged = get(path).body();
        assertThat(unchanged.path("region").asText()).isEqualTo(REGION);
        assertThat(unchanged.path("timezone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(unchanged.path("policyVersion").asInt()).isEqualTo(1);

        // the same region and time zone again, or none, is a rename
        Response renamed = as(official).put(path, Map.of("name", "新名字", "region", REGION, "timezone", "Asia/Shanghai"));
        assertThat(renamed.status()).as(renamed.raw()).isEqualTo(200);
        assertThat(renamed.body().path("name").asText()).isEqualTo("新名字");
        assertThat(auditActions(village)).doesNotContain("VILLAGE_MOVE");
    }

    @Test
    void anAdministratorsMoveSucceedsAndIsAudited() {
        String village = publishedVillage("move");

        Response moved = put(villagePath(village), Map.of("name", "测试村", "region", "成都市 锦江区",
                "timezone", "Asia/Urumqi"));

        assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
        assertThat(moved.body().path("region").asText()).isEqualTo("成都市 锦江区");
        assertThat(moved.body().path("timezone").asText()).isEqualTo("Asia/Urumqi");
        assertThat(moved.body().path("policyVersion").asInt()).as("village.yaml republished").isEqualTo(2);
        Response log = get("/api/v1/audit?village=" + village + "&size=50");
        assertThat(log.status()).as(log.raw()).isEqualTo(200);
        JsonNode move = record(log.body(), "VILLAGE_MOVE");
        assertThat(move.path("role").asText()).isEqualTo("ADMIN");
        assertThat(move.path("keyId").asText()).isEqualTo("admin");
        assertThat(move.path("detail").asText())
                .isEqualTo("region " + REGION + " → 成都市 锦江区, timezone Asia/Shanghai → Asia/Urumqi");
        assertThat(record(log.body(), "VILLAGE_RENAME").path("detail").asText())
                .contains("region " + REGION + " → 成都市 锦江区", "timezone Asia/Shanghai → Asia/Urumqi");
    }

    @Test
    void anOfficialCannotMoveItsVillageThroughVillageYamlEither() {
        String village = publishedVillage("move");
        String official = createKey("OFFICIAL", village);
        assertThat(as(official).putText(draftFile(village, "village.yaml"),
                villageYaml(village).replace("Asia/Shanghai", "Asia/Urumqi")).status()).isEqualTo(200);

        Response refused = as(official).post(draft(village) + "/publish", Map.of("author", "村官"));

        assertThat(refused.status()).as(refused.raw()).isEqualTo(403);
        assertThat(refused.body().path("errors").get(0).path("field").asText()).isEqualTo("village.yaml: timezone");
        assertThat(get(villagePath(village)).body().path("timezone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(jdbc.queryForObject("SELECT MAX(version) FROM policy_versions WHERE village_id = ?", Integer.class,
                village)).isEqualTo(1);

        Response byAdmin = post(draft(village) + "/publish", Map.of("author", "管理员"));
        assertThat(byAdmin.status()).as(byAdmin.raw()).isEqualTo(201);
        assertThat(get(villagePath(village)).body().path("timezone").asText()).isEqualTo("Asia/Urumqi");
        assertThat(auditActions(village)).contains("VILLAGE_MOVE");
    }

    private List<String> auditActions(String village) {
        return jdbc.queryForList("SELECT action FROM audit_log WHERE village_id = ? ORDER BY audit_id", String.class,
                village);
    }

    private static JsonNode record(JsonNode page, String action) {
        for (JsonNode item : page.path("items")) {
            if (item.path("action").asText().equals(action)) {
                return item;
            }
        }
        throw new AssertionError("no " + action + " in " + page);
    }
}
