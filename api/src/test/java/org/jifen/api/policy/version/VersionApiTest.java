package org.jifen.api.policy.version;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jifen.api.policy.draft.PolicyApiTest;
import org.junit.jupiter.api.Test;

/** Published versions: the live one, history, one version, diffs, restore, and effectiveFrom. */
class VersionApiTest extends PolicyApiTest {

    private static final String FIVE_POINTS = RULES.replace("award.grant($e, 2,", "award.grant($e, 5,");
    private static final String FIVE_POINT_CASES = CASES.replace("points: 2", "points: 5").replace("得2分", "得5分");

    @Test
    void aPublishedVersionServesTheNextEvaluationAndARestoreRollsBackAsANewVersion() {
        String village = publishedVillage("life");
        String member = unique("m");
        register(village, member);
        JsonNode first = clean(village, member, unique("e"));
        assertThat(first.path("policyVersion").asInt()).isEqualTo(1);
        assertThat(first.path("awards").get(0).path("points").asInt()).isEqualTo(2);

        // change the points, fix the case, add a file: version 2
        assertThat(putText(draftFile(village, "rules.drl"), FIVE_POINTS).status()).isEqualTo(200);
        assertThat(putText(draftFile(village, "cases.yaml"), FIVE_POINT_CASES).status()).isEqualTo(200);
        assertThat(putText(draftFile(village, "notes.drl"), "package village.drafts;\n// 2026年11月 村民说事会决定: 打扫卫生 改为5分\n").status())
                .isEqualTo(201);
        assertThat(post(draft(village) + "/test", Map.of()).body().path("passed").asBoolean()).isTrue();
        Response published = publish(village, "李四", "村民说事会决定 打扫卫生改为5分");
        assertThat(published.status()).as(published.raw()).isEqualTo(201);
        JsonNode v2 = published.body();
        assertThat(v2.path("version").asInt()).isEqualTo(2);
        assertThat(v2.path("contentHash").asText()).hasSize(64);
        assertThat(v2.path("author").asText()).isEqualTo("李四");
        assertThat(v2.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(texts(v2.path("files"))).containsExactly("cases.yaml", "notes.drl", "rules.drl", "village.yaml");

        JsonNode second = clean(village, member, unique("e"));
        assertThat(second.path("policyVersion").asInt()).isEqualTo(2);
        assertThat(second.path("awards").get(0).path("points").asInt()).isEqualTo(5);
        assertThat(ledgerSum(village, member)).isEqualTo(7);

        Response live = get(policy(village));
        assertThat(live.status()).as(live.raw()).isEqualTo(200);
        assertThat(live.body().path("version").asInt()).isEqualTo(2);
        assertThat(live.body().path("comment").asText()).isEqualTo("村民说事会决定 打扫卫生改为5分");
        assertThat(live.body().path("createdAt").asText()).endsWith("+08:00");
        assertThat(live.body().has("effectiveFrom")).isFalse();
        assertThat(live.body().has("scheduled")).isFalse();

        Response one = get(policy(village) + "/versions/1");
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().path("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(one.body().path("contents").path("rules.drl").asText()).isEqualTo(RULES);
        assertThat(one.body().path("comment").asText()).isEqualTo("初版");

        Response diff = get(policy(village) + "/versions/1/diff/2");
        assertThat(diff.status()).as(diff.raw()).isEqualTo(200);
        Map<String, JsonNode> files = byFile(diff.body().path("files"));
        assertThat(files).containsOnlyKeys("cases.yaml", "notes.drl", "rules.drl");
        assertThat(texts(diff.body().path("unchanged"))).containsExactly("village.yaml");
        JsonNode rules = files.get("rules.drl");
        assertThat(rules.path("change").asText()).isEqualTo("MODIFIED");
        assertThat(rules.path("linesAdded").asInt()).isEqualTo(1);
        assertThat(rules.path("diff").asText()).startsWith("--- v1/rules.drl\n+++ v2/rules.drl\n@@ -5,5 +5,5 @@")
                .contains("\n-    award.grant($e, 2, \"打扫公共卫生\");\n+    award.grant($e, 5, \"打扫公共卫生\");\n");
        assertThat(files.get("notes.drl").path("change").asText()).isEqualTo("ADDED");
        assertThat(files.get("notes.drl").path("diff").asText()).startsWith("--- /dev/null\n+++ v2/notes.drl\n")
                .contains("+// 2026年11月");
        assertThat(diff.body().path("unified").asText()).contains("+++ v2/cases.yaml", "+++ v2/notes.drl",
                "+++ v2/rules.drl");
        Response back = get(policy(village) + "/versions/2/diff/1");
        assertThat(byFile(back.body().path("files")).get("notes.drl").path("change").asText()).isEqualTo("REMOVED");

        // roll back to version 1: recorded as version 3
        Response restored = post(policy(village) + "/versions/1/restore", Map.of("author", "王主任", "comment", "先按原办法"));
        assertThat(restored.status()).as(restored.raw()).isEqualTo(201);
        assertThat(restored.body().path("version").asInt()).isEqualTo(3);
        assertThat(restored.body().path("restoredFrom").asInt()).isEqualTo(1);
        assertThat(restored.body().path("author").asText()).isEqualTo("王主任");
        assertThat(restored.body().path("comment").asText()).isEqualTo("恢复第 1 版：先按原办法");
        assertThat(restored.body().path("contentHash").asText())
                .isEqualTo(get(policy(village) + "/versions/1").body().path("contentHash").asText());

        JsonNode third = clean(village, member, unique("e"));
        assertThat(third.path("policyVersion").asInt()).isEqualTo(3);
        assertThat(third.path("awards").get(0).path("points").asInt()).isEqualTo(2);
        assertThat(ledgerSum(village, member)).isEqualTo(9);

        Response list = get(policy(village) + "/versions");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().path("activeVersion").asInt()).isEqualTo(3);
        List<Integer> numbers = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        list.body().path("versions").forEach(v -> {
            numbers.add(v.path("version").asInt());
            statuses.add(v.path("status").asText());
        });
        assertThat(numbers).containsExactly(3, 2, 1);
        assertThat(statuses).containsExactly("ACTIVE", "SUPERSEDED", "SUPERSEDED");
        assertThat(get(policy(village) + "/versions/1/diff/3").body().path("files")).isEmpty();

        Response again = post(policy(village) + "/versions/1/restore", Map.of("author", "王主任"));
        assertThat(again.status()).as("already live: nothing new").isEqualTo(200);
        assertThat(again.body().path("version").asInt()).isEqualTo(3);
        assertThat(again.body().path("unchanged").asBoolean()).isTrue();
        assertThat(getText(draftFile(village, "rules.drl")).raw()).as("the draft follows the restored version").isEqualTo(RULES);
    }

    @Test
    void aVersionEffectiveLaterIsListedButTheLiveVersionKeepsServing() {
        String village = publishedVillage("later");
        assertThat(putText(draftFile(village, "rules.drl"), FIVE_POINTS).status()).isEqualTo(200);
        assertThat(putText(draftFile(village, "cases.yaml"), FIVE_POINT_CASES).status()).isEqualTo(200);

        Response scheduled = post(draft(village) + "/publish",
                Map.of("author", "李四", "comment", "明年起", "effectiveFrom", "2099-01-01T00:00"));
        assertThat(scheduled.status()).as(scheduled.raw()).isEqualTo(201);
        assertThat(scheduled.body().path("version").asInt()).isEqualTo(2);
        assertThat(scheduled.body().path("status").asText()).isEqualTo("SCHEDULED");
        assertThat(scheduled.body().path("effectiveFrom").asText()).isEqualTo("2099-01-01T00:00:00+08:00");

        Response live = get(policy(village));
        assertThat(live.body().path("version").asInt()).isEqualTo(1);
        assertThat(live.body().path("scheduled").get(0).path("version").asInt()).isEqualTo(2);
        assertThat(live.body().path("scheduled").get(0).path("effectiveFrom").asText())
                .isEqualTo("2099-01-01T00:00:00+08:00");
        Response list = get(policy(village) + "/versions");
        assertThat(list.body().path("activeVersion").asInt()).isEqualTo(1);
        assertThat(list.body().path("versions").get(0).path("status").asText()).isEqualTo("SCHEDULED");

        String member = unique("m");
        register(village, member);
        JsonNode result = clean(village, member, unique("e"));
        assertThat(result.path("policyVersion").asInt()).isEqualTo(1);
        assertThat(result.path("awards").get(0).path("points").asInt()).isEqualTo(2);

        Response withOffset = post(draft(village) + "/publish",
                Map.of("author", "李四", "effectiveFrom", "2098-12-31T16:00:00Z"));
        assertThat(withOffset.status()).as("the draft was discarded: it holds version 1 again, a new content")
                .isEqualTo(201);
        assertThat(withOffset.body().path("effectiveFrom").asText()).isEqualTo("2099-01-01T00:00:00+08:00");
    }

    @Test
    void aVersionTakesEffectAtItsTime() throws InterruptedException {
        String village = publishedVillage("soon");
        assertThat(putText(draftFile(village, "rules.drl"), FIVE_POINTS).status()).isEqualTo(200);
        assertThat(putText(draftFile(village, "cases.yaml"), FIVE_POINT_CASES).status()).isEqualTo(200);
        String soon = java.time.OffsetDateTime.now().plusSeconds(3).toString();
        Response scheduled = post(draft(village) + "/publish", Map.of("author", "李四", "effectiveFrom", soon));
        assertThat(scheduled.status()).as(scheduled.raw()).isEqualTo(201);
        assertThat(scheduled.body().path("status").asText()).isEqualTo("SCHEDULED");

        String member = unique("m");
        register(village, member);
        assertThat(dryRunVersion(village, member)).isEqualTo(1);
        long deadline = System.currentTimeMillis() + 15_000;
        int version = 1;
        while (version == 1 && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
            version = dryRunVersion(village, member);
        }
        assertThat(version).isEqualTo(2);
        assertThat(get(policy(village)).body().path("version").asInt()).isEqualTo(2);
        assertThat(get(policy(village)).body().path("status").asText()).isEqualTo("ACTIVE");
    }

    private int dryRunVersion(String village, String member) {
        var evidence = JSON.createObjectNode().put("id", unique("e")).put("type", "CLEANING").put("memberId", member)
                .put("occurredAt", "2026-11-18T08:30");
        Response response = post(evaluations(village), batch(true, evidence));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body().path("results").get(0).path("policyVersion").asInt();
    }

    @Test
    void unknownVersionsAndVillagesAre404Problems() {
        String village = publishedVillage("missing");
        String nowhere = unique("nowhere");
        for (Response response : List.of(get(policy(village) + "/versions/99"),
                get(policy(village) + "/versions/1/diff/99"), get(policy(village) + "/versions/99/diff/1"),
                post(policy(village) + "/versions/99/restore", Map.of("author", "张三")),
                get(policy(nowhere)), get(policy(nowhere) + "/versions"), get(policy(nowhere) + "/versions/1"),
                post(policy(nowhere) + "/versions/1/restore", Map.of("author", "张三")))) {
            assertThat(response.status()).as(response.raw()).isEqualTo(404);
            assertThat(response.isProblem()).as(response.contentType()).isTrue();
        }
        String unpublished = newVillage("unpub");
        Response none = get(policy(unpublished));
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.body().path("detail").asText()).contains("no policy");
        Response empty = get(policy(unpublished) + "/versions");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body().path("versions")).isEmpty();
        assertThat(get(policy(village) + "/versions/one").status()).isEqualTo(400);
        assertThat(post(policy(village) + "/versions/1/restore", Map.of("comment", "no author")).status()).isEqualTo(400);
    }

    private static Map<String, JsonNode> byFile(JsonNode files) {
        Map<String, JsonNode> byFile = new java.util.LinkedHashMap<>();
        files.forEach(f -> byFile.put(f.path("file").asText(), f));
        return byFile;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }
}
