package org.jifen.api.policy.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jifen.api.policy.draft.PolicyApiTest;
import org.junit.jupiter.api.Test;

/** The rule-forms endpoint: writes form rules the draft's checks accept, refuses bad fields by name. */
class RuleFormApiTest extends PolicyApiTest {

    private static String forms(String village) {
        return draft(village) + "/rule-forms";
    }

    private String village() {
        String village = newVillage("rfapi");
        assertThat(putText(draftFile(village, "village.yaml"), villageYaml(village)
                + "settings:\n  roles: \"PARTY_MEMBER\"\ntypes:\n  GARBAGE_SORTING: 垃圾分类\n  LITTERING: 乱扔垃圾\n"
                + "  VOLUNTEER: 志愿服务\n").status()).isEqualTo(200);
        return village;
    }

    private static Map<String, Object> streak(String name, int points) {
        return Map.of("kind", "streak", "name", name, "type", "GARBAGE_SORTING", "category", "弘德", "points", points,
                "days", 7, "maxTimes", "1/WEEK");
    }

    @Test
    void everyKindIsWrittenToFormsDrlAndTheDraftChecksAcceptIt() {
        String village = village();
        List<Map<String, Object>> all = List.of(streak("连续7天垃圾分类", 5),
                Map.of("kind", "repeat", "name", "乱扔垃圾 当月再犯", "type", "LITTERING", "category", "弘德",
                        "points", 5, "period", "MONTH", "from", 2, "basePoints", 3),
                Map.of("kind", "role", "name", "党员志愿服务", "type", "VOLUNTEER", "points", 2, "roles",
                        List.of("PARTY_MEMBER")),
                Map.of("kind", "hourly", "name", "志愿服务 每满1小时", "type", "VOLUNTEER", "points", 1, "minutes", 60,
                        "maxUnits", 4, "maxPoints", "20/MONTH"));
        for (Map<String, Object> form : all) {
            Response created = post(forms(village), Map.of("form", form));
            assertThat(created.status()).as(created.raw()).isEqualTo(201);
            assertThat(created.body().path("file").asText()).isEqualTo("forms.drl");
        }
        Response check = post(draft(village) + "/validate", Map.of());
        assertThat(check.body().path("problems").findValuesAsText("severity")).as(check.raw()).doesNotContain("ERROR");
        assertThat(check.body().path("valid").asBoolean()).as(check.raw()).isTrue();

        Response listing = get(forms(village));
        List<String> names = new java.util.ArrayList<>();
        listing.body().path("rules").forEach(r -> names.add(r.path("name").asText()));
        assertThat(names).containsExactly("连续7天垃圾分类",
                "乱扔垃圾 当月再犯", "党员志愿服务", "志愿服务 每满1小时", "打扫卫生");
        assertThat(listing.body().path("rules").get(4).path("form").isMissingNode()
                || listing.body().path("rules").get(4).path("form").isNull()).isTrue();
        assertThat(listing.body().path("types").path("GARBAGE_SORTING").asText()).isEqualTo("垃圾分类");

        Response changed = post(forms(village), Map.of("form", streak("连续7天垃圾分类", 8), "replaces", "连续7天垃圾分类"));
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        String drl = getText(draftFile(village, "forms.drl")).raw();
        assertThat(drl).contains("award.grant($e, 8, \"连续7天垃圾分类\");").doesNotContain("award.grant($e, 5,");
    }

    @Test
    void aBadFieldIsAProblemNamingIt() {
        String village = village();
        assertField(post(forms(village), Map.of("form", Map.of("kind", "streak", "name", "连续", "type", "PATROL",
                "points", 5, "days", 7))), "type", "不在村社设置的类型表里");
        assertField(post(forms(village), Map.of("form", streak("打扫卫生", 5))), "name", "已经有名为“打扫卫生”的规则");
        assertField(post(forms(village), Map.of("form", streak("连续\") then System.exit(0); end //", 5))), "name",
                "规则名称");
        assertField(post(forms(village), Map.of("form", Map.of("kind", "role", "name", "党员", "type", "VOLUNTEER",
                "points", 2, "roles", List.of("PARTY_MEMBER\") || true || hasRole(\"X")))), "roles", "角色");
        assertField(post(forms(village), Map.of("form", streak("连续", 5), "replaces", "没有这条")), "replaces",
                "没有名为");
        assertThat(getText(draftFile(village, "forms.drl")).status()).isEqualTo(404);
    }

    private static void assertField(Response response, String field, String words) {
        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.body().path("errors").get(0).path("field").asText()).isEqualTo(field);
        assertThat(response.body().path("errors").get(0).path("message").asText()).contains(words);
    }
}
