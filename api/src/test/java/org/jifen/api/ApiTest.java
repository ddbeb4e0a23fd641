package org.jifen.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the API tests: one Spring context (cached across all subclasses) serving on a random
 * port against one embedded MariaDB in a temporary data dir, with the sample villages loaded
 * from {@code ../rules}. Tests share the database, so each uses its own member and evidence ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jifen.embedded.data-dir=", "jifen.rules-dir=../rules", "jifen.samples-dir=../samples",
                "jifen.admin-key=" + ApiTest.ADMIN_KEY})
public abstract class ApiTest {

    /** The bootstrap administrator key of the test service (also in src/test/resources/application.properties). */
    public static final String ADMIN_KEY = "test-admin-key";

    /** The header that carries an API key. */
    public static final String API_KEY = "X-Api-Key";

    /** The tables whose row counts show whether a request wrote anything. */
    protected static final List<String> TABLES = List.of("villages", "members", "policy_versions", "evidence", "ledger",
            "api_keys", "api_key_villages", "audit_log");

    protected static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    private int port;

    @Autowired
    private DataSource dataSource;

    /** Read-only use: counts and sums to check what the API wrote. */
    protected JdbcTemplate jdbc;

    @BeforeEach
    protected void openJdbc() {
        jdbc = new JdbcTemplate(dataSource);
    }

    /** A response: status, Content-Type, body parsed as JSON (a missing node when not JSON) and raw text. */
    public record Response(int status, String contentType, JsonNode body, String raw) {

        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    /** GET with the administrator key. */
    protected Response get(String path) {
        return as(ADMIN_KEY).get(path);
    }

    /** POST of JSON with the administrator key. */
    protected Response post(String path, Object body) {
        return as(ADMIN_KEY).post(path, body);
    }

    /** PUT of JSON with the administrator key. */
    protected Response put(String path, Object body) {
        return as(ADMIN_KEY).put(path, body);
    }

    /** Requests sent with {@code key} in X-Api-Key (null: without a key). */
    protected Client as(String key) {
        return new Client(key);
    }

    /** Requests sent without a key. */
    protected Client anonymous() {
        return new Client(null);
    }

    /** Sends requests with one API key (or none). */
    public final class Client {

        private final String key;

        private Client(String key) {
            this.key = key;
        }

        public Response get(String path) {
            return ApiTest.send(request(path).GET());
        }

        public Response post(String path, Object body) {
            return ApiTest.send(request(path).header("Content-Type", "application/json").POST(bodyOf(body)));
        }

        public Response put(String path, Object body) {
            return ApiTest.send(request(path).header("Content-Type", "application/json").PUT(bodyOf(body)));
        }

        public Response delete(String path) {
            return ApiTest.send(request(path).DELETE());
        }

        /** PUT of text (a draft file) as text/plain; charset=utf-8. */
        public Response putText(String path, String text) {
            return ApiTest.send(request(path).header("Content-Type", "text/plain; charset=utf-8")
                    .PUT(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
        }

        /** Any request: {@code body} null sends none; {@code headers} are added as given. */
        public Response send(String method, String path, String contentType, byte[] body, Map<String, String> headers) {
            HttpRequest.Builder request = request(path).method(method,
                    body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            headers.forEach(request::header);
            return ApiTest.send(request);
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(120)).header("Accept", "application/json, application/problem+json");
            return key == null ? request : request.header(API_KEY, key);
        }
    }

    /**
     * Creates a key with {@code role} for {@code villages} (none for ADMIN and AUDITOR) through
     * {@code POST /api/v1/keys} and returns the key.
     */
    protected String createKey(String role, String... villages) {
        return createKey(Map.of("name", "test " + role, "role", role, "villages", List.of(villages)));
    }

    /** Creates a MERCHANT key for {@code region}; returns the key. */
    protected String createMerchantKey(String region) {
        return createKey(Map.of("name", "test merchant", "role", "MERCHANT", "region", region));
    }

    /** Creates the key {@code request} describes (name, holder, role, villages, region, memberId…); returns the key. */
    protected String createKey(Map<String, Object> request) {
        Response created = post("/api/v1/keys", request);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().path("key").asText();
    }

    /** Revokes {@code key} (given as the key itself) and checks the 204. */
    protected void revokeKey(String key) {
        Response revoked = as(ADMIN_KEY).delete("/api/v1/keys/" + keyIdOf(key));
        assertThat(revoked.status()).as(revoked.raw()).isEqualTo(204);
    }

    /** The key id a key carries ({@code jf_<keyId>_<secret>}). */
    protected static String keyIdOf(String key) {
        return org.jifen.api.keys.ApiKeyFormat.keyIdOf(key).orElseThrow();
    }

    private static HttpRequest.BodyPublisher bodyOf(Object body) {
        try {
            String text = body instanceof String s ? s : JSON.writeValueAsString(body);
            return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            JsonNode body;
            try {
                body = response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
            } catch (IOException notJson) {
                body = JSON.missingNode();
            }
            return new Response(response.statusCode(), contentType, body, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An id no other test uses: {@code prefix-} and eight hex digits. */
    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A path segment, percent-encoded (ids may be Chinese). */
    protected static String seg(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    protected static String evaluations(String village) {
        return "/api/v1/villages/" + seg(village) + "/evaluations";
    }

    protected static String memberPath(String village, String member) {
        return "/api/v1/villages/" + seg(village) + "/members/" + seg(member);
    }

    /** Registers {@code member} in {@code village} (household h-member, role RESIDENT) and checks the 200. */
    protected void register(String village, String member) {
        Response response = put(memberPath(village, member),
                Map.of("householdId", "h-" + member, "roles", List.of("RESIDENT"), "joinedOn", "2025-01-01"));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }

    /** A PATROL evidence, approved unless the caller changes it. */
    protected static ObjectNode patrol(String id, String member, String occurredAt, int minutes) {
        ObjectNode evidence = JSON.createObjectNode();
        evidence.put("id", id).put("type", "PATROL").put("memberId", member).put("occurredAt", occurredAt)
                .put("status", "APPROVED").put("minutes", minutes);
        return evidence;
    }

    /** An evaluation request body. */
    protected static ObjectNode batch(boolean dryRun, JsonNode... evidence) {
        ObjectNode request = JSON.createObjectNode();
        request.putArray("evidence").addAll(List.of(evidence));
        request.put("dryRun", dryRun);
        return request;
    }

    /** Row counts of every table, in {@link #TABLES} order. */
    protected Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        }
        return counts;
    }

    protected long ledgerRows(String village, String member) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ledger WHERE village_id = ? AND member_id = ?", Long.class,
                village, member);
    }

    protected long ledgerSum(String village, String member) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(points), 0) FROM ledger WHERE village_id = ? AND member_id = ?",
                Long.class, village, member);
    }

    protected long evidenceRows(String village, String evidenceId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM evidence WHERE village_id = ? AND evidence_id = ?", Long.class,
                village, evidenceId);
    }
}
