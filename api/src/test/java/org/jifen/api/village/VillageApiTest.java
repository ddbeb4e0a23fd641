package org.jifen.api.village;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.jifen.api.ApiTest;
import org.junit.jupiter.api.Test;

/** The villages loaded from ../rules at start and their active policies. */
class VillageApiTest extends ApiTest {

    @Test
    void listsTheFourSampleVillagesWithChineseNamesAndPolicyVersions() {
        Response response = get("/api/v1/villages");
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        Map<String, JsonNode> byId = new HashMap<>();
        response.body().forEach(village -> byId.put(village.path("id").asText(), village));
        assertThat(byId).containsKeys("tanyin", "yaxi", "guanghua", "lianhua");
        assertThat(byId.get("tanyin").path("name").asText()).isEqualTo("檀阴社区");
        assertThat(byId.get("yaxi").path("name").asText()).isEqualTo("桠溪村");
        assertThat(byId.get("guanghua").path("name").asText()).isEqualTo("光华社区");
        assertThat(byId.get("lianhua").path("name").asText()).isEqualTo("莲花社区");
        for (String id : new String[] {"tanyin", "yaxi", "guanghua", "lianhua"}) {
            JsonNode village = byId.get(id);
            assertThat(village.path("policyVersion").asInt()).as(id).isPositive();
            assertThat(village.path("ruleCount").asInt()).as(id).isPositive();
            assertThat(village.path("timezone").asText()).as(id).isEqualTo("Asia/Shanghai");
            assertThat(village.has("rules")).as(id + " lists no rules").isFalse();
        }
    }

    @Test
    void showsOneVillageWithItsRulesCategoriesAndCaps() {
        Response response = get("/api/v1/villages/tanyin");
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        JsonNode village = response.body();
        assertThat(village.path("id").asText()).isEqualTo("tanyin");
        assertThat(village.path("name").asText()).isEqualTo("檀阴社区");
        assertThat(village.path("region").asText()).isEqualTo("邛崃市 羊安街道");
        assertThat(village.path("policyVersion").asInt()).isPositive();
        assertThat(village.path("rules")).hasSize(village.path("ruleCount").asInt());

        Map<String, JsonNode> rules = new HashMap<>();
        village.path("rules").forEach(rule -> rules.put(rule.path("name").asText(), rule));
        JsonNode patrol = rules.get("治安巡逻");
        assertThat(patrol).isNotNull();
        assertThat(patrol.path("category").asText()).isEqualTo("平安建设");
        assertThat(patrol.path("maxTimes").asText()).isEqualTo("3/WEEK");
        assertThat(patrol.has("maxPoints")).isFalse();
        assertThat(patrol.path("file").asText()).isEqualTo("safety.drl");
        assertThat(patrol.path("line").asInt()).isPositive();
        assertThat(rules.get("夜间巡逻 加分").path("maxTimes").asText()).isEqualTo("3/WEEK");
        JsonNode mediation = rules.get("矛盾纠纷 成功调解");
        assertThat(mediation.path("maxPoints").asText()).isEqualTo("15/MONTH");
        assertThat(mediation.has("maxTimes")).isFalse();
        assertThat(rules.get("志愿活动 按时长计分").path("category").asText()).isEqualTo("志愿服务");
    }

    @Test
    void unknownVillageIsA404Problem() {
        Response response = get("/api/v1/villages/no-such-village");
        assertThat(response.status()).as(response.raw()).isEqualTo(404);
        assertThat(response.isProblem()).as(response.contentType()).isTrue();
        assertThat(response.body().path("title").asText()).isEqualTo("Not found");
        assertThat(response.body().path("detail").asText()).contains("no-such-village");
    }
}
