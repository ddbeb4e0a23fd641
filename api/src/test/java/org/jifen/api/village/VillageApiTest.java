package org.jifen.api.village;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.jifen.api.policy.draft.PolicyApiTest;
import org.junit.jupiter.api.Test;

/** The villages loaded from ../rules at start and their active policies; PUT creates and renames. */
class VillageApiTest extends PolicyApiTest {

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
            assertThat(village.has("ruleCount")).as(id + ": the list compiles nothing, so it counts no rules").isFalse();
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

    @Test
    void putCreatesAVillageThenRenamesIt() {
        String id = unique("cun");
        Response created = put("/api/v1/villages/" + id, Map.of("name", "新建村", "region", "邛崃市 羊安街道"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.body().path("id").asText()).isEqualTo(id);
        assertThat(created.body().path("name").asText()).isEqualTo("新建村");
        assertThat(created.body().path("timezone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(created.body().has("policyVersion")).isFalse();
        assertThat(get("/api/v1/villages/" + id).body().path("region").asText()).isEqualTo("邛崃市 羊安街道");

        Response renamed = put("/api/v1/villages/" + id, Map.of("name", "新建社区"));
        assertThat(renamed.status()).as(renamed.raw()).isEqualTo(200);
        JsonNode village = get("/api/v1/villages/" + id).body();
        assertThat(village.path("name").asText()).isEqualTo("新建社区");
        assertThat(village.path("region").asText()).as("a missing region is kept").isEqualTo("邛崃市 羊安街道");
        assertThat(put("/api/v1/villages/" + id, Map.of("name", "新建社区", "region", "", "timezone", "Asia/Urumqi"))
                .status()).isEqualTo(200);
        village = get("/api/v1/villages/" + id).body();
        assertThat(village.has("region")).isFalse();
        assertThat(village.path("timezone").asText()).isEqualTo("Asia/Urumqi");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM policy_versions WHERE village_id = ?", Long.class, id))
                .isZero();
    }

    @Test
    void renamingAVillageWithAPolicyPublishesItsVillageYamlAndEditsTheDraft() {
        String id = publishedVillage("rename");
        assertThat(putText(draftFile(id, "rules.drl"), RULES.replace("打扫公共卫生", "打扫公共卫生 谢谢")).status())
                .isEqualTo(200);

        Response renamed = put("/api/v1/villages/" + id, Map.of("name", "测试社区", "author", "民政办"));
        assertThat(renamed.status()).as(renamed.raw()).isEqualTo(200);
        assertThat(renamed.body().path("name").asText()).isEqualTo("测试社区");
        assertThat(renamed.body().path("policyVersion").asInt()).isEqualTo(2);

        JsonNode v2 = get(policy(id) + "/versions/2").body();
        assertThat(v2.path("author").asText()).isEqualTo("民政办");
        assertThat(v2.path("comment").asText()).isEqualTo("village renamed: 测试村 → 测试社区");
        String yaml = v2.path("contents").path("village.yaml").asText();
        assertThat(yaml).isEqualTo(villageYaml(id).replace("name: 测试村", "name: 测试社区"));
        assertThat(v2.path("contents").path("rules.drl").asText()).as("the draft's edit is not published").isEqualTo(RULES);
        assertThat(getText(draftFile(id, "village.yaml")).raw()).isEqualTo(yaml);
        assertThat(getText(draftFile(id, "rules.drl")).raw()).contains("打扫公共卫生 谢谢");

        Response same = put("/api/v1/villages/" + id, Map.of("name", "测试社区"));
        assertThat(same.status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM policy_versions WHERE village_id = ?", Long.class, id))
                .as("an unchanged name publishes nothing").isEqualTo(2);
    }

    @Test
    void putRejectsBadIdsNamesAndTimeZones() {
        for (String bad : new String[] {"Tanyin", "-x", "a_b", "x".repeat(64)}) {
            Response response = put("/api/v1/villages/" + bad, Map.of("name", "村"));
            assertThat(response.status()).as(bad + " " + response.raw()).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
        }
        String id = unique("bad");
        Response noName = put("/api/v1/villages/" + id, Map.of("region", "邛崃市"));
        assertThat(noName.status()).as(noName.raw()).isEqualTo(400);
        assertThat(noName.body().path("errors").get(0).path("field").asText()).isEqualTo("name");
        Response zone = put("/api/v1/villages/" + id, Map.of("name", "村", "timezone", "Mars/Olympus"));
        assertThat(zone.status()).as(zone.raw()).isEqualTo(400);
        assertThat(zone.body().path("detail").asText()).contains("timezone");
        assertThat(get("/api/v1/villages/" + id).status()).isEqualTo(404);
    }
}
