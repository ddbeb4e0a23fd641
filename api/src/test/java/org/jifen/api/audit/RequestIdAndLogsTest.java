package org.jifen.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jifen.api.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every response carries a request id, logs carry it too, and no key ever reaches the logs. */
@ExtendWith(OutputCaptureExtension.class)
class RequestIdAndLogsTest extends ApiTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    private int port;

    private HttpResponse<String> send(String path, String key, String requestId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).GET();
        if (key != null) {
            request.header(API_KEY, key);
        }
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aWellFormedRequestIdIsEchoedOtherwiseOneIsMade() throws Exception {
        assertThat(send("/api/v1/villages", ADMIN_KEY, "pipeline-batch-42:7").headers().firstValue("X-Request-Id"))
                .hasValue("pipeline-batch-42:7");
        String made = send("/api/v1/villages", ADMIN_KEY, null).headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(made).matches("[0-9a-f-]{36}");
        for (String bad : new String[] {"has space", "x".repeat(65), "<script>", "id;drop"}) {
            String answered = send("/api/v1/villages", ADMIN_KEY, bad).headers().firstValue("X-Request-Id").orElseThrow();
            assertThat(answered).as(bad).isNotEqualTo(bad).matches("[0-9a-f-]{36}");
        }
        // also on 401, 403 and public endpoints
        HttpResponse<String> unauthorized = send("/api/v1/villages", null, "no-key-1");
        assertThat(unauthorized.statusCode()).isEqualTo(401);
        assertThat(unauthorized.headers().firstValue("X-Request-Id")).hasValue("no-key-1");
        HttpResponse<String> forbidden = send("/api/v1/keys", createKey("AUDITOR"), "forbidden-1");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.headers().firstValue("X-Request-Id")).hasValue("forbidden-1");
        assertThat(send("/actuator/health", null, "health-1").headers().firstValue("X-Request-Id")).hasValue("health-1");
    }

    @Test
    void logsCarryTheRequestIdAndNeverAKey(CapturedOutput output) throws Exception {
        String key = createKey("OFFICIAL", "tanyin");
        String wrong = "jf_" + "q".repeat(12) + "_this-is-a-wrong-secret-value";
        String village = unique("logs");
        as(ADMIN_KEY).send("PUT", "/api/v1/villages/" + village, "application/json",
                "{\"name\":\"日志村\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of("X-Request-Id", "log-line-77"));
        send("/api/v1/villages", key, "with-key-1");
        send("/api/v1/villages", wrong, "wrong-key-1");
        send("/api/v1/villages/tanyin/policy", key, null);

        assertThat(output.getAll()).contains("[log-line-77]").contains("VILLAGE_CREATE village=" + village);
        String secret = key.substring(("jf_" + keyIdOf(key) + "_").length());
        assertThat(output.getAll()).doesNotContain(key).doesNotContain(secret).doesNotContain(wrong)
                .doesNotContain("this-is-a-wrong-secret").doesNotContain(ADMIN_KEY);
    }
}
