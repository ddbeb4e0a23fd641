package org.jifen.api.policy.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.jifen.api.ApiTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the policy lifecycle API tests: text bodies for draft files, DELETE, and a fresh village
 * per test (created with PUT, then given a draft of three files), so tests never touch the sample
 * villages or each other.
 */
public abstract class PolicyApiTest extends ApiTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** A rule worth {@code 2} points per CLEANING evidence; its award.grant is on line 8. */
    protected static final String RULES = """
            package village.drafts;

            rule "打扫卫生"
                @category("弘德")
            when
                $e : Evidence( type == "CLEANING", approved )
            then
                award.grant($e, 2, "打扫公共卫生");
            end
            """;

    /** One case: a CLEANING evidence earns 2 points. */
    protected static final String CASES = """
            cases:
              - name: 打扫卫生 得2分
                evidence:
                  - { id: e1, type: CLEANING, at: "2026-11-18T08:30" }
                expect:
                  - { evidence: e1, rule: "打扫卫生", points: 2, category: 弘德 }
            """;

    @LocalServerPort
    private int serverPort;

    protected static String villagePath(String village) {
        return "/api/v1/villages/" + village;
    }

    protected static String draft(String village) {
        return villagePath(village) + "/policy/draft";
    }

    protected static String draftFile(String village, String name) {
        return draft(village) + "/files/" + name;
    }

    protected static String policy(String village) {
        return villagePath(village) + "/policy";
    }

    protected static String villageYaml(String village) {
        return "# 测试村\nid: " + village + "\nname: 测试村\nregion: 邛崃市 测试镇\ntimezone: Asia/Shanghai\n";
    }

    /** Creates a village named 测试村 with a draft of village.yaml, rules.drl and cases.yaml (not published). */
    protected String newVillage(String prefix) {
        String village = unique(prefix);
        Response created = put(villagePath(village), Map.of("name", "测试村", "region", "邛崃市 测试镇"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(putText(draftFile(village, "village.yaml"), villageYaml(village)).status()).isIn(200, 201);
        assertThat(putText(draftFile(village, "rules.drl"), RULES).status()).isEqualTo(201);
        assertThat(putText(draftFile(village, "cases.yaml"), CASES).status()).isEqualTo(201);
        return village;
    }

    /** {@link #newVillage} and publishes its draft as version 1. */
    protected String publishedVillage(String prefix) {
        String village = newVillage(prefix);
        Response published = publish(village, "张三", "初版");
        assertThat(published.status()).as(published.raw()).isEqualTo(201);
        assertThat(published.body().path("version").asInt()).isEqualTo(1);
        return village;
    }

    protected Response publish(String village, String author, String comment) {
        return post(draft(village) + "/publish", Map.of("author", author, "comment", comment));
    }

    /** Evaluates one approved CLEANING evidence of {@code member}; returns its result. */
    protected JsonNode clean(String village, String member, String evidenceId) {
        var evidence = JSON.createObjectNode().put("id", evidenceId).put("type", "CLEANING").put("memberId", member)
                .put("occurredAt", "2026-11-18T08:30").put("status", "APPROVED");
        Response response = post(evaluations(village), batch(false, evidence));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body().path("results").get(0);
    }

    protected Response putText(String path, String text) {
        return putText(path, text, "text/plain; charset=utf-8", null);
    }

    protected Response putText(String path, String text, String contentType, String author) {
        return putBytes(path, text.getBytes(StandardCharsets.UTF_8), contentType, author);
    }

    protected Response putBytes(String path, byte[] body, String contentType, String author) {
        String target = author == null ? path : path + "?author=" + seg(author);
        HttpRequest.Builder request = request(target).PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    /** GET with {@code Accept: text/plain} and problem+json: a draft file's text, or a problem. */
    protected Response getText(String path) {
        return send(request(path).header("Accept", "text/plain, application/problem+json").GET());
    }

    protected Response delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serverPort + path))
                .timeout(Duration.ofSeconds(120)).header(API_KEY, ADMIN_KEY);
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            JsonNode body;
            try {
                body = response.body().isEmpty() || contentType == null || !contentType.contains("json")
                        ? JSON.missingNode() : JSON.readTree(response.body());
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
}
