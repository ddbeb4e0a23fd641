package org.jifen.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jifen.api.policy.draft.PolicyApiTest;
import org.jifen.persistence.audit.AuditMapper;
import org.junit.jupiter.api.Test;

/**
 * The audit trail: every policy change (draft file put and delete, discard, publish, restore,
 * village create and rename), member registration, credited evaluations and key changes leave a
 * record naming the key, its role, the request id and the content hashes before and after.
 */
class AuditApiTest extends PolicyApiTest {

    private static final String TEXT = "text/plain; charset=utf-8";

    @Test
    void draftEditsPublishAndRestoreAreRecordedWithContentHashes() {
        String village = unique("audit");
        // created with the region its village.yaml names: only an ADMIN key sets a village's region
        assertThat(put(villagePath(village), Map.of("name", "审计村", "region", "邛崃市 测试镇")).status()).isEqualTo(201);
        String official = createKey("OFFICIAL", village);
        String officialId = keyIdOf(official);

        assertThat(as(official).putText(draftFile(village, "village.yaml"), villageYaml(village)).status()).isIn(200, 201);
        assertThat(putAs(official, draftFile(village, "rules.drl"), RULES, "req-put-1").status()).isEqualTo(201);
        String changed = RULES.replace("打扫公共卫生", "打扫公共区域卫生");
        assertThat(putAs(official, draftFile(village, "rules.drl"), changed, "req-put-2").status()).isEqualTo(200);
        assertThat(as(official).putText(draftFile(village, "cases.yaml"), CASES).status()).isEqualTo(201);

        Response v1 = as(official).post(draft(village) + "/publish", Map.of("author", "张三", "comment", "初版"));
        assertThat(v1.status()).as(v1.raw()).isEqualTo(201);
        String hash1 = v1.body().path("contentHash").asText();
        assertThat(as(official).putText(draftFile(village, "rules.drl"), RULES).status()).isEqualTo(200);
        Response v2 = as(official).post(draft(village) + "/publish", Map.of("author", "张三"));
        assertThat(v2.status()).as(v2.raw()).isEqualTo(201);
        String hash2 = v2.body().path("contentHash").asText();
        Response v3 = as(official).post(policy(village) + "/versions/1/restore", Map.of("author", "王主任"));
        assertThat(v3.status()).as(v3.raw()).isEqualTo(201);
        assertThat(as(official).delete(draftFile(village, "cases.yaml")).status()).isEqualTo(204);

        List<JsonNode> records = records(village);
        assertThat(records).extracting(r -> r.path("action").asText()).containsExactly("VILLAGE_CREATE",
                "DRAFT_FILE_PUT", "DRAFT_FILE_PUT", "DRAFT_FILE_PUT", "DRAFT_FILE_PUT", "POLICY_PUBLISH",
                "DRAFT_FILE_PUT", "POLICY_PUBLISH", "POLICY_RESTORE", "DRAFT_FILE_DELETE");
        JsonNode created = records.get(0);
        assertThat(created.path("keyId").asText()).isEqualTo("admin");
        assertThat(created.path("role").asText()).isEqualTo("ADMIN");

        JsonNode firstPut = records.get(2);
        assertThat(firstPut.path("target").asText()).isEqualTo("policy/draft/files/rules.drl");
        assertThat(firstPut.path("keyId").asText()).isEqualTo(officialId);
        assertThat(firstPut.path("role").asText()).isEqualTo("OFFICIAL");
        assertThat(firstPut.path("villageId").asText()).isEqualTo(village);
        assertThat(firstPut.path("requestId").asText()).isEqualTo("req-put-1");
        assertThat(firstPut.has("hashBefore")).as("a new file has no content before").isFalse();
        assertThat(firstPut.path("hashAfter").asText()).isEqualTo(Sha256.hex(RULES));
        assertThat(firstPut.path("at").asText()).isNotBlank();

        JsonNode replaced = records.get(3);
        assertThat(replaced.path("requestId").asText()).isEqualTo("req-put-2");
        assertThat(replaced.path("hashBefore").asText()).isEqualTo(Sha256.hex(RULES));
        assertThat(replaced.path("hashAfter").asText()).isEqualTo(Sha256.hex(changed));

        JsonNode publish1 = records.get(5);
        assertThat(publish1.path("target").asText()).isEqualTo("policy/versions/1");
        assertThat(publish1.has("hashBefore")).isFalse();
        assertThat(publish1.path("hashAfter").asText()).isEqualTo(hash1);
        assertThat(publish1.path("detail").asText()).contains("张三").contains("初版");
        JsonNode publish2 = records.get(7);
        assertThat(publish2.path("hashBefore").asText()).isEqualTo(hash1);
        assertThat(publish2.path("hashAfter").asText()).isEqualTo(hash2);
        JsonNode restore = records.get(8);
        assertThat(restore.path("target").asText()).isEqualTo("policy/versions/3");
        assertThat(restore.path("hashBefore").asText()).isEqualTo(hash2);
        assertThat(restore.path("hashAfter").asText()).isEqualTo(hash1);
        JsonNode deleted = records.get(9);
        assertThat(deleted.path("hashBefore").asText()).isEqualTo(Sha256.hex(CASES));
        assertThat(deleted.has("hashAfter")).isFalse();

        // a publish that changes nothing, a failed publish and reads leave no record
        long before = count(village);
        assertThat(as(official).putText(draftFile(village, "cases.yaml"), CASES).status()).isEqualTo(201);
        assertThat(as(official).post(draft(village) + "/publish", Map.of("author", "张三")).status()).isEqualTo(200);
        assertThat(as(official).putText(draftFile(village, "rules.drl"), "rule broken").status()).isEqualTo(200);
        assertThat(as(official).post(draft(village) + "/publish", Map.of("author", "张三")).status()).isEqualTo(422);
        assertThat(as(official).get(policy(village) + "/versions").status()).isEqualTo(200);
        assertThat(count(village)).isEqualTo(before + 2);
    }

    @Test
    void renameDiscardMembersAndCreditedEvaluationsAreRecorded() {
        String village = publishedVillage("audit2");
        String official = createKey("OFFICIAL", village);
        String pipeline = createKey("PIPELINE", village);
        Response renamed = as(official).put(villagePath(village), Map.of("name", "新名"));
        assertThat(renamed.status()).as(renamed.raw()).isEqualTo(200);
        assertThat(as(official).get(draft(village) + "/files").status()).isEqualTo(200);
        assertThat(as(official).delete(draft(village)).status()).isEqualTo(204);
        String member = unique("m");
        assertThat(as(pipeline).put(memberPath(village, member), Map.of("householdId", "h1")).status()).isEqualTo(200);
        assertThat(as(pipeline).put(memberPath(village, member), Map.of("householdId", "h1")).status()).isEqualTo(200);
        String evidence = unique("e");
        var body = batch(false, JSON.createObjectNode().put("id", evidence).put("type", "CLEANING").put("memberId", member)
                .put("occurredAt", "2026-11-18T08:30").put("status", "APPROVED"));
        assertThat(as(pipeline).post(evaluations(village), body).status()).isEqualTo(200);
        assertThat(as(pipeline).post(evaluations(village), body).status()).as("a replay").isEqualTo(200);
        body.put("dryRun", true);
        ((com.fasterxml.jackson.databind.node.ObjectNode) body.path("evidence").get(0)).put("id", unique("dry"));
        assertThat(as(pipeline).post(evaluations(village), body).status()).isEqualTo(200);

        List<JsonNode> records = records(village);
        List<String> actions = records.stream().map(r -> r.path("action").asText()).toList();
        assertThat(actions).containsSubsequence("VILLAGE_RENAME", "DRAFT_DISCARD", "MEMBER_REGISTER", "LEDGER_CREDIT");
        assertThat(actions.stream().filter("MEMBER_REGISTER"::equals)).as("an unchanged registration").hasSize(1);
        assertThat(actions.stream().filter("LEDGER_CREDIT"::equals)).as("no record for a replay or dry run").hasSize(1);
        JsonNode rename = records.get(actions.indexOf("VILLAGE_RENAME"));
        assertThat(rename.path("target").asText()).isEqualTo("policy/versions/2");
        assertThat(rename.path("hashBefore").asText()).hasSize(64);
        assertThat(rename.path("hashAfter").asText()).hasSize(64).isNotEqualTo(rename.path("hashBefore").asText());
        JsonNode credit = records.get(actions.indexOf("LEDGER_CREDIT"));
        assertThat(credit.path("role").asText()).isEqualTo("PIPELINE");
        assertThat(credit.path("keyId").asText()).isEqualTo(keyIdOf(pipeline));
        assertThat(credit.path("detail").asText()).contains(evidence).contains("2 points");
    }

    @Test
    void keyChangesAreRecordedAsRecordsOfNoVillage() {
        String key = createKey("REVIEWER", "tanyin");
        revokeKey(key);
        Response global = get("/api/v1/audit?village=-&size=500");
        assertThat(global.status()).as(global.raw()).isEqualTo(200);
        List<JsonNode> mine = new ArrayList<>();
        global.body().path("items").forEach(r -> {
            if (r.path("target").asText().equals("keys/" + keyIdOf(key))) {
                mine.add(r);
            }
        });
        assertThat(mine).extracting(r -> r.path("action").asText()).containsExactly("KEY_REVOKE", "KEY_CREATE");
        assertThat(mine.get(1).path("detail").asText()).contains("REVIEWER").contains("tanyin").doesNotContain(key);
        assertThat(mine.get(1).has("villageId")).isFalse();
        assertThat(mine.get(1).path("keyId").asText()).isEqualTo("admin");
        assertThat(global.raw()).doesNotContain(key);
    }

    @Test
    void theAuditLogPagesFiltersAndChecksItsParameters() {
        String village = publishedVillage("audit3");
        long total = count(village);
        assertThat(total).isGreaterThanOrEqualTo(4);
        Response page = get("/api/v1/audit?village=" + village + "&page=1&size=2");
        assertThat(page.body().path("items").size()).isEqualTo(2);
        assertThat(page.body().path("total").asLong()).isEqualTo(total);
        assertThat(get("/api/v1/audit?village=" + village + "&from=2000-01-01&to=2000-01-02").body().path("total").asLong())
                .isZero();
        assertThat(get("/api/v1/audit?village=" + village + "&from=2000-01-01T00:00:00%2B08:00").body().path("total")
                .asLong()).isEqualTo(total);
        assertThat(get("/api/v1/audit").body().path("total").asLong()).isGreaterThanOrEqualTo(total);
        for (String bad : List.of("?village=Bad%20Id", "?from=yesterday", "?to=2026-13-01", "?size=0", "?size=501",
                "?page=-1")) {
            Response response = get("/api/v1/audit" + bad);
            assertThat(response.status()).as(bad + " " + response.raw()).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
        }
    }

    @Test
    void theAuditLogHasNoWayToChangeARecord() {
        assertThat(Arrays.stream(AuditMapper.class.getDeclaredMethods()).map(Method::getName))
                .containsExactlyInAnyOrder("insert", "page", "count");
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            Response response = as(ADMIN_KEY).send(method, "/api/v1/audit", "application/json",
                    "{}".getBytes(StandardCharsets.UTF_8), Map.of());
            assertThat(response.status()).as(method).isEqualTo(405);
        }
    }

    private Response putAs(String key, String path, String text, String requestId) {
        return as(key).send("PUT", path, TEXT, text.getBytes(StandardCharsets.UTF_8), Map.of("X-Request-Id", requestId));
    }

    /** The village's audit records, oldest first. */
    private List<JsonNode> records(String village) {
        Response response = get("/api/v1/audit?village=" + village + "&size=500");
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        List<JsonNode> records = new ArrayList<>();
        response.body().path("items").forEach(records::add);
        java.util.Collections.reverse(records);
        return records;
    }

    private long count(String village) {
        return get("/api/v1/audit?village=" + village + "&size=1").body().path("total").asLong();
    }
}
