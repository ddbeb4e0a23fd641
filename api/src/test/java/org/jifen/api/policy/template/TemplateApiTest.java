package org.jifen.api.policy.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jifen.api.policy.draft.PolicyApiTest;
import org.junit.jupiter.api.Test;

/**
 * Templates through the API: a village extends one with overrides, a template publish republishes
 * the villages on it and reports the one it breaks, which keeps its last good version (pinned).
 */
public class TemplateApiTest extends PolicyApiTest {

    public static final String LIST_V1 = """
            项目,类型,分值,类别,次数上限,分数上限,适用角色,需审核,最少分钟
            参加院坝会,COURTYARD_MEETING,2,善治,2/MONTH,,,false,
            治安巡逻,PATROL,3,平安,3/WEEK,,,true,60
            焚烧秸秆,STRAW_BURNING,-10,扣分,,,,true,
            """;
    /** Version 2: 院坝会 is worth 3, 焚烧秸秆 is gone. */
    static final String LIST_V2 = """
            项目,类型,分值,类别,次数上限,分数上限,适用角色,需审核,最少分钟
            参加院坝会,COURTYARD_MEETING,3,善治,2/MONTH,,,false,
            治安巡逻,PATROL,3,平安,3/WEEK,,,true,60
            """;
    public static final String TEMPLATE_CASES = """
            cases:
              - name: 治安巡逻 +3
                evidence:
                  - { id: e1, type: PATROL, at: "2026-11-18T20:00", minutes: 90 }
                expect:
                  - { evidence: e1, rule: 治安巡逻, points: 3, category: 平安 }
            """;

    /** A template request's JSON body: {@link #LIST_V1} with its case. */
    public static String templateJson(String id) {
        try {
            return JSON.writeValueAsString(template(id, LIST_V1, TEMPLATE_CASES));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> template(String id, String list, String cases) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("template.yaml", "id: " + id + "\nname: 测试县模板\nregion: 邛崃市\ncaps:\n  平安: 20/MONTH\n");
        files.put("points-list.csv", list);
        files.put("cases.yaml", cases);
        return Map.of("files", files, "author", "县民政局", "comment", "模板");
    }

    private Response publishTemplate(String id, String list, String cases) {
        return put("/api/v1/templates/" + id, template(id, list, cases));
    }

    /** A village extending {@code template} with {@code overlay} as its points list and {@code cases}, published. */
    private String village(String template, String overlay, String cases) {
        String village = unique("tv");
        assertThat(put(villagePath(village), Map.of("name", "模板村", "region", "邛崃市 平乐镇")).status()).isEqualTo(201);
        putText(draftFile(village, "village.yaml"), villageYaml(village) + "extends: " + template + "\n");
        delete(draftFile(village, "rules.drl"));
        putText(draftFile(village, "points-list.csv"), overlay);
        putText(draftFile(village, "cases.yaml"), cases);
        Response published = publish(village, "村委", "采用县模板");
        assertThat(published.status()).as(published.raw()).isEqualTo(201);
        return village;
    }

    private JsonNode evaluate(String village, String member, String id, String type) {
        register(village, member);
        var evidence = JSON.createObjectNode().put("id", id).put("type", type).put("memberId", member)
                .put("occurredAt", "2026-11-18T20:00").put("minutes", 90);
        Response response = post(evaluations(village), batch(true, evidence));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body().path("results").get(0);
    }

    @Test
    void aTemplatePublishRepublishesItsVillagesAndReportsTheOneItBreaksWhichKeepsItsPinnedVersion() {
        String id = unique("tpl");
        Response first = publishTemplate(id, LIST_V1, TEMPLATE_CASES);
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.body().path("version").asInt()).isEqualTo(1);
        assertThat(first.body().path("villagesUpdated")).isEmpty();

        // 治安巡逻 overridden to 4 points; keeps everything else of the template
        String good = village(id, "项目,类型,分值\n治安巡逻,,4\n", """
                cases:
                  - name: 巡逻 本村4分
                    evidence:
                      - { id: e1, type: PATROL, at: "2026-11-18T20:00", minutes: 90 }
                    expect:
                      - { evidence: e1, rule: 治安巡逻, points: 4, category: 平安 }
                """);
        // overrides 焚烧秸秆, which version 2 removes: it breaks on version 2
        String fragile = village(id, "项目,类型,分值\n焚烧秸秆,,-20\n", """
                cases:
                  - name: 焚烧秸秆 本村-20
                    evidence:
                      - { id: e1, type: STRAW_BURNING, at: "2026-11-18T16:00" }
                    expect:
                      - { evidence: e1, rule: 焚烧秸秆, points: -20, category: 扣分 }
                """);
        assertThat(get(policy(good) + "/versions/1").body().path("contents").path("_template.lock").asText())
                .isEqualTo(id + "@1\n");
        assertThat(evaluate(good, "m1", unique("e"), "COURTYARD_MEETING").path("awards").get(0).path("points").asInt())
                .isEqualTo(2);

        Response second = publishTemplate(id, LIST_V2, TEMPLATE_CASES);
        assertThat(second.status()).as(second.raw()).isEqualTo(200);
        assertThat(second.body().path("version").asInt()).isEqualTo(2);
        assertThat(second.body().path("villagesUpdated")).hasSize(1);
        assertThat(second.body().path("villagesUpdated").get(0).path("villageId").asText()).isEqualTo(good);
        assertThat(second.body().path("villagesUpdated").get(0).path("version").asInt()).isEqualTo(2);
        JsonNode broken = second.body().path("villagesBroken");
        assertThat(broken).hasSize(1);
        assertThat(broken.get(0).path("villageId").asText()).isEqualTo(fragile);
        assertThat(broken.get(0).path("keptVersion").asInt()).isEqualTo(1);
        assertThat(broken.get(0).path("templateVersion").asInt()).isEqualTo(1);
        assertThat(broken.get(0).path("problems").get(0).path("file").asText()).isEqualTo("points-list.csv");
        assertThat(broken.get(0).path("problems").get(0).path("line").asInt()).isEqualTo(2);

        // the updated village runs on version 2 of the template; the broken one stays on version 1
        assertThat(evaluate(good, "m1", unique("e"), "COURTYARD_MEETING").path("awards").get(0).path("points").asInt())
                .isEqualTo(3);
        JsonNode pinned = evaluate(fragile, "m1", unique("e"), "COURTYARD_MEETING");
        assertThat(pinned.path("policyVersion").asInt()).isEqualTo(1);
        assertThat(pinned.path("awards").get(0).path("points").asInt()).isEqualTo(2);
        assertThat(evaluate(fragile, "m1", unique("e"), "STRAW_BURNING").path("awards").get(0).path("points").asInt())
                .isEqualTo(-20);

        JsonNode read = get("/api/v1/templates/" + id).body();
        assertThat(read.path("version").asInt()).isEqualTo(2);
        assertThat(read.path("villages").findValuesAsText("villageId")).containsExactly(
                List.of(good, fragile).stream().sorted().toArray(String[]::new));
    }

    @Test
    void aTemplateWhoseCasesFailIsRejectedAndNothingIsStored() {
        String id = unique("tpl");
        Map<String, Long> before = rowCounts();
        Response rejected = publishTemplate(id, LIST_V2, TEMPLATE_CASES.replace("points: 3", "points: 5"));
        assertThat(rejected.status()).as(rejected.raw()).isEqualTo(422);
        assertThat(rejected.body().path("failedCases").get(0).path("name").asText()).isEqualTo("治安巡逻 +3");
        assertThat(rowCounts().get("policy_versions")).isEqualTo(before.get("policy_versions"));
        assertThat(get("/api/v1/templates/" + id).status()).isEqualTo(404);
    }

    @Test
    void aVillageExtendingAnUnpublishedTemplateIsRejectedNamingTheLine() {
        String village = unique("tv");
        put(villagePath(village), Map.of("name", "模板村", "region", "邛崃市 平乐镇"));
        putText(draftFile(village, "village.yaml"), villageYaml(village) + "extends: no-such-template\n");
        Response validated = post(draft(village) + "/validate", Map.of());
        assertThat(validated.raw()).contains("no-such-template").contains("\"line\":6");
    }

    @Test
    void aBadTemplateIdOrFileNameIsA400() {
        assertThat(put("/api/v1/templates/Bad_Id", template("Bad_Id", LIST_V1, TEMPLATE_CASES)).status()).isEqualTo(400);
        Map<String, Object> body = new LinkedHashMap<>(template("tpl-x", LIST_V1, TEMPLATE_CASES));
        body.put("files", Map.of("template.yaml", "id: tpl-x\nname: x\n", "notes.txt", "x"));
        Response response = put("/api/v1/templates/tpl-x", body);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.raw()).contains("notes.txt");
    }
}
