package org.jifen.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jifen.api.keys.ApiKeyFormat;
import org.jifen.api.policy.draft.PolicyApiTest;
import org.junit.jupiter.api.Test;

/**
 * API keys end to end: a key is shown once and stored only as its hash; no key, a wrong key and a
 * revoked key are 401; a key outside its village or role is 403; each role can do what it may.
 */
class ApiKeyApiTest extends PolicyApiTest {

    private static final String KEYS = "/api/v1/keys";

    @Test
    void aKeyIsShownOnceAndOnlyItsHashIsStored() {
        Response created = post(KEYS, Map.of("name", "檀阴 村委会 张三", "role", "OFFICIAL", "villages", List.of("tanyin")));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String key = created.body().path("key").asText();
        String keyId = created.body().path("keyId").asText();
        assertThat(key).startsWith("jf_" + keyId + "_").hasSizeGreaterThan(40);
        assertThat(created.body().path("role").asText()).isEqualTo("OFFICIAL");
        assertThat(created.body().path("villages").toString()).isEqualTo("[\"tanyin\"]");
        assertThat(created.body().path("createdBy").asText()).isEqualTo("admin");

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM api_keys WHERE key_id = ?", keyId);
        String secret = key.substring(("jf_" + keyId + "_").length());
        assertThat(row.get("key_hash")).isEqualTo(ApiKeyFormat.sha256Hex(key));
        for (Object value : row.values()) {
            String text = value instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : String.valueOf(value);
            assertThat(text).as("no column holds the key").doesNotContain(key).doesNotContain(secret);
        }
        assertThat(jdbc.queryForList("SELECT village_id FROM api_key_villages WHERE key_id = ?", String.class, keyId))
                .containsExactly("tanyin");

        Response list = get(KEYS);
        assertThat(list.status()).as(list.raw()).isEqualTo(200);
        assertThat(list.raw()).doesNotContain(secret).doesNotContain(ApiKeyFormat.sha256Hex(key));
        JsonNode listed = find(list.body().path("keys"), keyId);
        assertThat(listed.has("key")).as("the key is never listed").isFalse();
        assertThat(listed.path("name").asText()).isEqualTo("檀阴 村委会 张三");
        assertThat(listed.path("revokedAt").isMissingNode()).isTrue();

        assertThat(as(key).get(policy("tanyin")).status()).isEqualTo(200);
    }

    @Test
    void noKeyAWrongKeyAndARevokedKeyAre401Problems() {
        Response none = anonymous().get("/api/v1/villages");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.isProblem()).as(none.contentType()).isTrue();
        assertThat(none.body().path("detail").asText()).contains("X-Api-Key");
        assertThat(none.raw()).doesNotContain("Exception").doesNotContain("org.");

        String key = createKey("PIPELINE", "tanyin");
        for (String wrong : List.of(key + "x", key.substring(0, key.length() - 1) + (key.endsWith("A") ? "B" : "A"),
                "jf_" + "a".repeat(12) + "_nosuchkey", "test-admin-keyx", "nonsense", "x".repeat(5000))) {
            Response response = as(wrong).get("/api/v1/villages");
            assertThat(response.status()).as(wrong).isEqualTo(401);
            assertThat(response.isProblem()).isTrue();
            assertThat(response.body().path("detail").asText()).contains("not valid or has been revoked");
        }
        Response twice = as(key).send("GET", "/api/v1/villages", null, null, Map.of(API_KEY, key));
        assertThat(twice.status()).isEqualTo(401);

        String member = unique("m");
        assertThat(as(key).put(memberPath("tanyin", member), Map.of("householdId", "h1")).status()).isEqualTo(200);
        revokeKey(key);
        Response revoked = as(key).put(memberPath("tanyin", member), Map.of("householdId", "h2"));
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.isProblem()).isTrue();
        assertThat(jdbc.queryForObject("SELECT household_id FROM members WHERE village_id = 'tanyin' AND member_id = ?",
                String.class, member)).isEqualTo("h1");
        JsonNode listed = find(get(KEYS).body().path("keys"), keyIdOf(key));
        assertThat(listed.path("revokedAt").asText()).isNotBlank();
        assertThat(listed.path("revokedBy").asText()).isEqualTo("admin");
        // revoking again changes nothing; unknown and bootstrap keys cannot be revoked
        assertThat(as(ADMIN_KEY).delete(KEYS + "/" + keyIdOf(key)).status()).isEqualTo(204);
        assertThat(as(ADMIN_KEY).delete(KEYS + "/" + "b".repeat(12)).status()).isEqualTo(404);
        assertThat(as(ADMIN_KEY).delete(KEYS + "/admin").status()).isEqualTo(409);
    }

    @Test
    void aKeyOutsideItsVillageIs403AndChangesNothing() {
        String key = createKey("OFFICIAL", "tanyin");
        assertThat(as(key).get(policy("tanyin")).status()).isEqualTo(200);
        Map<String, Long> before = rowCounts();
        for (Response response : List.of(as(key).get(policy("yaxi")), as(key).get(memberPath("yaxi", "m1") + "/balance"),
                as(key).putText(draftFile("yaxi", "extra.drl"), RULES),
                as(key).post(draft("yaxi") + "/publish", Map.of("author", "张三")),
                as(key).post(evaluations("yaxi"), batch(false, patrol(unique("e"), "m1", "2026-11-18T20:00", 60))),
                as(key).put("/api/v1/villages/yaxi", Map.of("name", "改名")))) {
            assertThat(response.status()).as(response.raw()).isEqualTo(403);
            assertThat(response.isProblem()).as(response.contentType()).isTrue();
            assertThat(response.body().path("detail").asText()).contains("does not act for village yaxi");
        }
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aPipelineEvaluatesAndRegistersButCannotPublishEditOrRead() {
        String village = publishedVillage("pipe");
        String key = createKey("PIPELINE", village);
        String member = unique("m");
        assertThat(as(key).put(memberPath(village, member), Map.of("householdId", "h1")).status()).isEqualTo(200);
        var evidence = JSON.createObjectNode().put("id", unique("e")).put("type", "CLEANING").put("memberId", member)
                .put("occurredAt", "2026-11-18T08:30").put("status", "APPROVED");
        Response evaluated = as(key).post(evaluations(village), batch(false, evidence));
        assertThat(evaluated.status()).as(evaluated.raw()).isEqualTo(200);
        assertThat(ledgerSum(village, member)).isEqualTo(2);

        Response publish = as(key).post(draft(village) + "/publish", Map.of("author", "pipeline"));
        assertThat(publish.status()).as(publish.raw()).isEqualTo(403);
        assertThat(publish.body().path("detail").asText()).contains("PIPELINE may not edit policy");
        assertThat(as(key).putText(draftFile(village, "rules.drl"), RULES).status()).isEqualTo(403);
        assertThat(as(key).post(policy(village) + "/versions/1/restore", Map.of("author", "p")).status()).isEqualTo(403);
        assertThat(as(key).get(memberPath(village, member) + "/balance").status()).isEqualTo(403);
        assertThat(as(key).get(policy(village)).status()).isEqualTo(403);
        assertThat(as(key).get("/api/v1/audit?village=" + village).status()).isEqualTo(403);
        assertThat(as(key).get(KEYS).status()).isEqualTo(403);
        assertThat(as(key).get("/api/v1/villages").status()).isEqualTo(200);
        assertThat(as(key).post(evaluations("tanyin"), batch(true, evidence)).status()).isEqualTo(403);
    }

    @Test
    void anAuditorReadsEverythingAndWritesNothing() {
        String village = publishedVillage("aud");
        String member = unique("m");
        register(village, member);
        String key = createKey("AUDITOR");
        for (String path : List.of("/api/v1/villages", villagePath(village), policy(village), policy(village) + "/versions",
                policy(village) + "/versions/1", memberPath(village, member), memberPath(village, member) + "/balance",
                memberPath(village, member) + "/ledger", draft(village) + "/files", "/api/v1/audit",
                "/api/v1/audit?village=" + village, memberPath("tanyin", "nobody-" + member))) {
            Response response = as(key).get(path);
            assertThat(response.status()).as(path + " " + response.raw()).isIn(200, 404);
        }
        Map<String, Long> before = rowCounts();
        for (Response response : List.of(as(key).putText(draftFile(village, "rules.drl"), RULES),
                as(key).post(draft(village) + "/publish", Map.of("author", "auditor")),
                as(key).post(draft(village) + "/validate", Map.of()),
                as(key).put(memberPath(village, member), Map.of("householdId", "h9")),
                as(key).post(evaluations(village), batch(false, patrol(unique("e"), member, "2026-11-18T20:00", 60))),
                as(key).put(villagePath(village), Map.of("name", "审计改名")),
                as(key).post(KEYS, Map.of("name", "x", "role", "ADMIN")),
                as(key).delete(KEYS + "/" + keyIdOf(key)))) {
            assertThat(response.status()).as(response.raw()).isEqualTo(403);
            assertThat(response.isProblem()).isTrue();
        }
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void anOfficialRunsItsOwnVillageOnly() {
        String village = newVillage("off");
        String key = createKey("OFFICIAL", village);
        assertThat(as(key).putText(draftFile(village, "more.drl"),
                RULES.replace("打扫卫生", "无").replace("CLEANING", "NOTHING")).status()).isEqualTo(201);
        assertThat(as(key).post(draft(village) + "/validate", Map.of()).status()).isEqualTo(200);
        Response published = as(key).post(draft(village) + "/publish", Map.of("author", "村官"));
        assertThat(published.status()).as(published.raw()).isEqualTo(201);
        assertThat(as(key).delete(draftFile(village, "more.drl")).status()).isEqualTo(204);
        Response renamed = as(key).put(villagePath(village), Map.of("name", "新名字"));
        assertThat(renamed.status()).as(renamed.raw()).isEqualTo(200);
        assertThat(as(key).get("/api/v1/audit?village=" + village).status()).isEqualTo(200);
        assertThat(as(key).get("/api/v1/audit").status()).isEqualTo(403);
        assertThat(as(key).get("/api/v1/audit?village=tanyin").status()).isEqualTo(403);
        assertThat(as(key).get("/api/v1/audit?village=" + village + "&village=tanyin").status()).isEqualTo(403);

        Response create = as(key).put(villagePath(unique("new")), Map.of("name", "新村"));
        assertThat(create.status()).as(create.raw()).isEqualTo(403);
        assertThat(create.body().path("detail").asText()).contains("may not create village");
        assertThat(as(key).post(KEYS, Map.of("name", "x", "role", "PIPELINE", "villages", List.of(village))).status())
                .isEqualTo(403);
    }

    @Test
    void aMerchantActsForItsRegionOnlyAndHasNoEndpointsYet() {
        String key = createMerchantKey("邛崃市");
        assertThat(as(key).get("/api/v1/villages").status()).isEqualTo(200);
        assertThat(as(key).get(memberPath("tanyin", "m1") + "/balance").status()).isEqualTo(403);
        assertThat(as(key).post(evaluations("tanyin"), batch(true, patrol("e1", "m1", "2026-11-18T20:00", 60))).status())
                .isEqualTo(403);
        Response listed = get(KEYS);
        assertThat(find(listed.body().path("keys"), keyIdOf(key)).path("region").asText()).isEqualTo("邛崃市");
    }

    @Test
    void keyRequestsAreChecked() {
        Map<String, Long> before = rowCounts();
        for (Map<String, Object> bad : List.<Map<String, Object>>of(
                Map.of("name", "x", "role", "KING"),
                Map.of("name", "x", "role", "SYSTEM"),
                Map.of("role", "AUDITOR"),
                Map.of("name", "x", "role", "OFFICIAL"),
                Map.of("name", "x", "role", "OFFICIAL", "villages", List.of("no-such-village")),
                Map.of("name", "x", "role", "PIPELINE", "villages", List.of("Bad Id")),
                Map.of("name", "x", "role", "ADMIN", "villages", List.of("tanyin")),
                Map.of("name", "x", "role", "MERCHANT"),
                Map.of("name", "x", "role", "AUDITOR", "region", "邛崃市"),
                Map.of("name", "line\nbreak", "role", "AUDITOR"))) {
            Response response = post(KEYS, bad);
            assertThat(response.status()).as(bad + " " + response.raw()).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
        }
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void healthAndApiDocsArePublicOtherEndpointsAreNot() {
        assertThat(anonymous().get("/actuator/health").status()).isEqualTo(200);
        assertThat(anonymous().get("/actuator/health/readiness").status()).isEqualTo(200);
        Response docs = anonymous().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().path("components").path("securitySchemes").path("apiKey").path("name").asText())
                .isEqualTo("X-Api-Key");
        assertThat(docs.body().path("paths").has("/api/v1/keys")).isTrue();
        assertThat(anonymous().get("/v3/api-docs.yaml").status()).isNotIn(401, 403);
        assertThat(anonymous().get("/actuator/metrics").status()).isEqualTo(401);
        assertThat(as(createKey("AUDITOR")).get("/actuator/metrics").status()).isEqualTo(403);
        assertThat(get("/actuator/metrics").status()).isEqualTo(200);
        // an unknown path: 404 for an administrator, 403 for other keys, 401 without a key
        assertThat(get("/api/v1/nothing-here").status()).isEqualTo(404);
        assertThat(as(createKey("AUDITOR")).get("/api/v1/nothing-here").status()).isEqualTo(403);
        assertThat(anonymous().get("/api/v1/nothing-here").status()).isEqualTo(401);
    }

    @Test
    void pathTricksAreRefusedAsProblems() {
        String key = createKey("OFFICIAL", "tanyin");
        // an encoded slash is refused by Tomcat itself, before any filter: never reaches another village
        assertThat(as(key).get("/api/v1/villages/tanyin%2F..%2Fyaxi/policy").status()).isEqualTo(400);
        for (String path : List.of("/api/v1/villages/tanyin/../yaxi/policy", "/api/v1/villages/tanyin;x=1/policy",
                "/api/v1/villages/tanyin%252Fyaxi/policy", "/api/v1/villages/tanyin/%2e%2e/yaxi/policy")) {
            Response response = as(key).get(path);
            assertThat(response.status()).as(path + " " + response.raw()).isIn(400, 403, 404);
            assertThat(response.isProblem()).as(path + " " + response.contentType()).isTrue();
        }
        assertThat(as(key).get("/api/v1/villages/yaxi/policy/").status()).as("a trailing slash").isIn(403, 404);
        assertThat(as(key).get("/api/v1/villages/YAXI/policy").status()).isEqualTo(403);
    }

    private static JsonNode find(JsonNode keys, String keyId) {
        for (JsonNode key : keys) {
            if (key.path("keyId").asText().equals(keyId)) {
                return key;
            }
        }
        throw new AssertionError("key " + keyId + " not listed in " + keys);
    }
}
