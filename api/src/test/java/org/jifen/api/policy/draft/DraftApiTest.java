package org.jifen.api.policy.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The draft workspace: files, validate, test, and the publish gate. */
class DraftApiTest extends PolicyApiTest {

    /** RULES plus a second rule whose unknown property is on line 12. */
    private static final String BROKEN_ON_LINE_12 = RULES + """
            rule "坏规则"
            when
                $e : Evidence( nosuch == 1 )
            then
                award.grant($e, 1, "坏");
            end
            """;

    @Test
    void aNewVillagesDraftStartsWithItsVillageYamlAndFilesAreCreatedReadReplacedAndDeleted() {
        String village = unique("draft");
        assertThat(put(villagePath(village), Map.of("name", "新村", "region", "邛崃市")).status()).isEqualTo(201);

        Response listing = get(draft(village) + "/files");
        assertThat(listing.status()).as(listing.raw()).isEqualTo(200);
        assertThat(listing.body().path("villageId").asText()).isEqualTo(village);
        assertThat(listing.body().has("activeVersion")).isFalse();
        assertThat(names(listing.body())).containsExactly("village.yaml");
        Response yaml = getText(draftFile(village, "village.yaml"));
        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.contentType()).startsWith("text/plain").containsIgnoringCase("charset=utf-8");
        assertThat(yaml.raw()).contains("id: " + village, "name: 新村", "region: 邛崃市", "timezone: Asia/Shanghai");

        Response created = putText(draftFile(village, "rules.drl"), RULES, "text/plain; charset=utf-8", "王五");
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.body().path("name").asText()).isEqualTo("rules.drl");
        assertThat(created.body().path("size").asLong()).isEqualTo(RULES.getBytes(StandardCharsets.UTF_8).length);
        assertThat(created.body().path("updatedBy").asText()).isEqualTo("王五");
        assertThat(created.body().path("updatedAt").asText()).endsWith("+08:00");
        assertThat(getText(draftFile(village, "rules.drl")).raw()).isEqualTo(RULES);

        String changed = RULES.replace("2, \"打扫公共卫生\"", "3, \"打扫公共卫生\"");
        Response replaced = putText(draftFile(village, "rules.drl"), changed);
        assertThat(replaced.status()).as(replaced.raw()).isEqualTo(200);
        assertThat(getText(draftFile(village, "rules.drl")).raw()).isEqualTo(changed);
        assertThat(putText(draftFile(village, "points-list.csv"), "项目,类型,分值\n").status()).isEqualTo(201);
        assertThat(putText(draftFile(village, "cases.yml"), CASES, "application/x-yaml", null).status()).isEqualTo(201);
        assertThat(names(get(draft(village) + "/files").body()))
                .containsExactly("cases.yml", "points-list.csv", "rules.drl", "village.yaml");

        assertThat(delete(draftFile(village, "rules.drl")).status()).isEqualTo(204);
        Response gone = getText(draftFile(village, "rules.drl"));
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.isProblem()).as(gone.contentType()).isTrue();
        assertThat(delete(draftFile(village, "rules.drl")).status()).isEqualTo(404);
        Response keepYaml = delete(draftFile(village, "village.yaml"));
        assertThat(keepYaml.status()).as(keepYaml.raw()).isEqualTo(409);
        assertThat(keepYaml.isProblem()).isTrue();

        assertThat(delete(draft(village)).status()).isEqualTo(204);
        assertThat(names(get(draft(village) + "/files").body())).containsExactly("village.yaml");
    }

    @Test
    void aDraftStartsAsACopyOfTheLivePolicyAndIsDiscardedOncePublished() {
        String village = publishedVillage("copy");
        Response listing = get(draft(village) + "/files");
        assertThat(listing.body().path("activeVersion").asInt()).isEqualTo(1);
        assertThat(names(listing.body())).containsExactly("cases.yaml", "rules.drl", "village.yaml");
        assertThat(getText(draftFile(village, "rules.drl")).raw()).isEqualTo(RULES);
        assertThat(getText(draftFile(village, "village.yaml")).raw()).isEqualTo(villageYaml(village));

        String edited = RULES.replace("2, \"打扫公共卫生\"", "2, \"打扫公共卫生 辛苦了\"");
        assertThat(putText(draftFile(village, "rules.drl"), edited).status()).isEqualTo(200);
        assertThat(publish(village, "李四", "改理由").status()).isEqualTo(201);
        assertThat(getText(draftFile(village, "rules.drl")).raw()).isEqualTo(edited);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM policy_drafts WHERE village_id = ?", Long.class, village))
                .as("touching the draft again copied version 2").isEqualTo(3);
    }

    @Test
    void badFileNamesMediaTypesEncodingsAndSizesAreRejected() {
        String village = newVillage("names");
        for (String bad : List.of("notes.txt", ".hidden.drl", "a%20b.drl", "rules.drl.bak", "x".repeat(98) + ".drl")) {
            Response response = putText(draftFile(village, bad), RULES);
            assertThat(response.status()).as(bad + " " + response.raw()).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
        }
        Response json = putText(draftFile(village, "rules.drl"), "{\"a\":1}", "application/json", null);
        assertThat(json.status()).as(json.raw()).isEqualTo(415);
        assertThat(json.body().path("detail").asText()).contains("text/plain");
        Response form = putText(draftFile(village, "rules.drl"), RULES, "application/x-www-form-urlencoded", null);
        assertThat(form.status()).as(form.raw()).isEqualTo(415);

        Response latin = putBytes(draftFile(village, "rules.drl"), new byte[] {'a', (byte) 0xE9, 'b'},
                "text/plain; charset=utf-8", null);
        assertThat(latin.status()).as(latin.raw()).isEqualTo(400);
        Response gbk = putBytes(draftFile(village, "extra.drl"), "// 积分".getBytes(java.nio.charset.Charset.forName("GBK")),
                "text/plain; charset=GBK", null);
        assertThat(gbk.status()).as(gbk.raw()).isEqualTo(201);
        assertThat(getText(draftFile(village, "extra.drl")).raw()).isEqualTo("// 积分");

        byte[] big = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) '/');
        Response tooBig = putBytes(draftFile(village, "big.drl"), big, "text/plain; charset=utf-8", null);
        assertThat(tooBig.status()).as(tooBig.raw()).isEqualTo(413);
        assertThat(tooBig.isProblem()).isTrue();
        assertThat(getText(draftFile(village, "big.drl")).status()).isEqualTo(404);
        assertThat(getText(draftFile(village, "rules.drl")).raw()).isEqualTo(RULES);
    }

    @Test
    void unknownVillagesAndFilesAre404Problems() {
        String nowhere = unique("nowhere");
        for (Response response : List.of(get(draft(nowhere) + "/files"), getText(draftFile(nowhere, "rules.drl")),
                putText(draftFile(nowhere, "rules.drl"), RULES), delete(draftFile(nowhere, "rules.drl")),
                delete(draft(nowhere)), post(draft(nowhere) + "/validate", Map.of()),
                post(draft(nowhere) + "/test", Map.of()), publish(nowhere, "张三", "x"))) {
            assertThat(response.status()).as(response.raw()).isEqualTo(404);
            assertThat(response.isProblem()).as(response.contentType()).isTrue();
            assertThat(response.body().path("detail").asText()).contains(nowhere);
        }
        String village = newVillage("nofile");
        Response missing = getText(draftFile(village, "missing.drl"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().path("detail").asText()).contains("missing.drl");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM policy_drafts WHERE village_id = ?", Long.class, nowhere))
                .isZero();
    }

    @Test
    void validateReportsABrokenRuleOnItsExactLineAndPassesOnceFixed() {
        String village = newVillage("valid");
        assertThat(putText(draftFile(village, "rules.drl"), BROKEN_ON_LINE_12).status()).isEqualTo(200);
        assertThat(BROKEN_ON_LINE_12.lines().toList().get(11)).contains("nosuch");

        Response broken = post(draft(village) + "/validate", Map.of());
        assertThat(broken.status()).as(broken.raw()).isEqualTo(200);
        assertThat(broken.body().path("valid").asBoolean()).isFalse();
        JsonNode problem = broken.body().path("problems").get(0);
        assertThat(problem.path("file").asText()).isEqualTo("rules.drl");
        assertThat(problem.path("line").asInt()).isEqualTo(12);
        assertThat(problem.path("severity").asText()).isEqualTo("ERROR");
        assertThat(problem.path("message").asText()).contains("nosuch");
        assertThat(problem.has("column")).isTrue();

        String sandboxed = RULES.replace("award.grant($e, 2, \"打扫公共卫生\");", "System.exit(1);");
        assertThat(putText(draftFile(village, "rules.drl"), sandboxed).status()).isEqualTo(200);
        Response escape = post(draft(village) + "/validate", Map.of());
        assertThat(escape.body().path("valid").asBoolean()).isFalse();
        assertThat(escape.body().path("problems").get(0).path("line").asInt()).isEqualTo(8);

        assertThat(putText(draftFile(village, "cases.yaml"), "cases:\n  - name: x\n    evidence: [\n").status())
                .isEqualTo(200);
        assertThat(putText(draftFile(village, "rules.drl"), RULES).status()).isEqualTo(200);
        Response badCases = post(draft(village) + "/validate", Map.of());
        assertThat(badCases.body().path("valid").asBoolean()).as(badCases.raw()).isFalse();
        assertThat(badCases.body().path("problems").get(0).path("file").asText()).isEqualTo("cases.yaml");

        assertThat(putText(draftFile(village, "cases.yaml"), CASES).status()).isEqualTo(200);
        Response fixed = post(draft(village) + "/validate", Map.of());
        assertThat(fixed.body().path("valid").asBoolean()).as(fixed.raw()).isTrue();
        assertThat(fixed.body().path("problems")).isEmpty();
    }

    @Test
    void testRunsTheCasesAndShowsExpectedVersusActual() {
        String village = newVillage("cases");
        Response passing = post(draft(village) + "/test", Map.of());
        assertThat(passing.status()).as(passing.raw()).isEqualTo(200);
        assertThat(passing.body().path("passed").asBoolean()).isTrue();
        assertThat(passing.body().path("total").asInt()).isEqualTo(1);
        assertThat(passing.body().path("cases").get(0).path("name").asText()).isEqualTo("打扫卫生 得2分");

        assertThat(putText(draftFile(village, "rules.drl"), RULES.replace("award.grant($e, 2,", "award.grant($e, 3,"))
                .status()).isEqualTo(200);
        Response failing = post(draft(village) + "/test", Map.of());
        assertThat(failing.status()).as(failing.raw()).isEqualTo(200);
        assertThat(failing.body().path("passed").asBoolean()).isFalse();
        assertThat(failing.body().path("failed").asInt()).isEqualTo(1);
        JsonNode result = failing.body().path("cases").get(0);
        assertThat(result.path("file").asText()).isEqualTo("cases.yaml");
        assertThat(result.path("passed").asBoolean()).isFalse();
        List<String> differences = texts(result.path("differences"));
        assertThat(differences).anySatisfy(d -> assertThat(d).startsWith("应得而未得").contains("2"));
        assertThat(differences).anySatisfy(d -> assertThat(d).startsWith("未预期而得").contains("3"));

        assertThat(putText(draftFile(village, "rules.drl"), BROKEN_ON_LINE_12).status()).isEqualTo(200);
        Response uncompiled = post(draft(village) + "/test", Map.of());
        assertThat(uncompiled.body().path("passed").asBoolean()).isFalse();
        assertThat(uncompiled.body().path("cases")).isEmpty();
        assertThat(uncompiled.body().path("problems").get(0).path("line").asInt()).isEqualTo(12);
    }

    @Test
    void publishOfABrokenDraftIsA422WithTheLineAndStoresNothing() {
        String village = newVillage("reject");
        assertThat(putText(draftFile(village, "rules.drl"), BROKEN_ON_LINE_12).status()).isEqualTo(200);

        Response rejected = publish(village, "张三", "坏的");
        assertThat(rejected.status()).as(rejected.raw()).isEqualTo(422);
        assertThat(rejected.isProblem()).as(rejected.contentType()).isTrue();
        assertThat(rejected.body().path("title").asText()).isEqualTo("Policy rejected");
        assertThat(rejected.body().path("detail").asText()).contains("rules.drl line 12");
        JsonNode problem = rejected.body().path("problems").get(0);
        assertThat(problem.path("file").asText()).isEqualTo("rules.drl");
        assertThat(problem.path("line").asInt()).isEqualTo(12);
        assertThat(rejected.body().path("failedCases")).isEmpty();
        assertThat(versionCount(village)).isZero();
        assertThat(get(policy(village)).status()).isEqualTo(404);
        assertThat(getText(draftFile(village, "rules.drl")).raw()).as("the draft is kept").isEqualTo(BROKEN_ON_LINE_12);
    }

    @Test
    void publishFailsBecauseOfOneFailingCaseAndTheLiveVersionStays() {
        String village = publishedVillage("onecase");
        String twoCases = CASES + """
                  - name: 没打扫 不得分
                    evidence:
                      - { id: e1, type: CLEANING, at: "2026-11-18T08:30", status: REJECTED }
                    expect: []
                """;
        assertThat(putText(draftFile(village, "cases.yaml"), twoCases).status()).isEqualTo(200);
        assertThat(putText(draftFile(village, "rules.drl"), RULES.replace(", approved )", " )")).status()).isEqualTo(200);

        Response rejected = publish(village, "张三", "去掉审核");
        assertThat(rejected.status()).as(rejected.raw()).isEqualTo(422);
        assertThat(rejected.body().path("problems")).isEmpty();
        JsonNode failed = rejected.body().path("failedCases");
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).path("name").asText()).isEqualTo("没打扫 不得分");
        assertThat(failed.get(0).path("passed").asBoolean()).isFalse();
        assertThat(texts(failed.get(0).path("differences")))
                .anySatisfy(d -> assertThat(d).startsWith("未预期而得").contains("打扫卫生"));
        assertThat(rejected.body().path("detail").asText()).contains("1 case fails", "没打扫 不得分");
        assertThat(versionCount(village)).isEqualTo(1);
        assertThat(get(policy(village)).body().path("version").asInt()).isEqualTo(1);
    }

    @Test
    void publishOfTheLiveContentStoresNothingAndReturnsTheLiveVersion() {
        String village = publishedVillage("same");
        Response again = publish(village, "张三", "再发一次");
        assertThat(again.status()).as(again.raw()).isEqualTo(200);
        assertThat(again.body().path("version").asInt()).isEqualTo(1);
        assertThat(again.body().path("unchanged").asBoolean()).isTrue();
        assertThat(again.body().path("comment").asText()).isEqualTo("初版");
        assertThat(versionCount(village)).isEqualTo(1);
    }

    @Test
    void publishNeedsAnAuthorAndAReadableEffectiveFrom() {
        String village = newVillage("body");
        Response noAuthor = post(draft(village) + "/publish", Map.of("comment", "x"));
        assertThat(noAuthor.status()).as(noAuthor.raw()).isEqualTo(400);
        assertThat(noAuthor.body().path("errors").get(0).path("field").asText()).isEqualTo("author");
        Response badTime = post(draft(village) + "/publish", Map.of("author", "张三", "effectiveFrom", "next monday"));
        assertThat(badTime.status()).as(badTime.raw()).isEqualTo(400);
        assertThat(badTime.body().path("detail").asText()).contains("effectiveFrom");
        assertThat(versionCount(village)).isZero();
    }

    private long versionCount(String village) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM policy_versions WHERE village_id = ?", Long.class, village);
    }

    private static List<String> names(JsonNode listing) {
        List<String> names = new ArrayList<>();
        listing.path("files").forEach(f -> names.add(f.path("name").asText()));
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }
}
