package org.jifen.api.policy.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jifen.api.evaluation.BulkheadTest;
import org.jifen.api.policy.PolicyRuns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Runs of a village's cases (draft test, validate, simulate, the publish gate) go one at a time per
 * village and stop at their time limit (20 s): a second run of the same village meanwhile gets 429
 * with Retry-After and a plain Chinese reason, another village's run is served at once, and the
 * long run ends within its limit with the cases it could not finish failed and said so.
 */
class PolicyRunSlotTest extends BulkheadTest {

    /** Past the time limit: compiling the draft, the evaluation in flight, the response. */
    private static final Duration MARGIN = Duration.ofSeconds(10);

    @Autowired
    private PolicyRuns runs;

    @LocalServerPort
    private int port;

    @Test
    void aSecondRunOfTheSameVillageGets429WhileTheFirstRunsToItsTimeLimit() throws Exception {
        String village = slowDraft();
        String other = unique("quick");
        publishVillage(other, FAST_DRL, "");
        String base = "/api/v1/villages/" + village + "/policy/draft";

        long start = System.nanoTime();
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> post(base + "/test", ""));
        waitUntilRunning(village);

        for (String second : new String[] {"/test", "/validate", "/simulate?from=2026-11-01&to=2026-12-01"}) {
            HttpResponse<String> refused = postRaw(base + second);
            assertThat(refused.statusCode()).as(second + ": " + refused.body()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(Integer.parseInt(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 20);
            assertThat(JSON.readTree(refused.body()).path("detail").asText())
                    .contains("村 " + village + " 已有一次“规则测试”正在运行", "请等它结束后再试");
        }
        Response elsewhere = post("/api/v1/villages/" + other + "/policy/draft/test", "");
        assertThat(elsewhere.status()).as(elsewhere.raw()).isEqualTo(200);
        assertThat(elsewhere.body().path("passed").asBoolean()).isTrue();

        Response done = first.get(runs.timeLimit().plus(MARGIN).toSeconds() + 30, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(runs.timeLimit().plus(MARGIN));
        assertThat(done.status()).as(done.raw()).isEqualTo(200);
        assertThat(done.body().path("passed").asBoolean()).isFalse();
        assertThat(done.body().path("problems").findValuesAsText("message"))
                .anySatisfy(m -> assertThat(m).contains("案例运行超过时间上限 " + runs.timeLimit().toSeconds() + " 秒"));
        assertThat(runs.running(village)).isFalse();
    }

    @Test
    void thePublishGateStopsItsCasesAtTheTimeLimitAndHoldsTheSlotMeanwhile() throws Exception {
        String village = slowDraft();
        String base = "/api/v1/villages/" + village + "/policy/draft";
        long start = System.nanoTime();
        CompletableFuture<Response> publish = CompletableFuture.supplyAsync(
                () -> post(base + "/publish", Map.of("author", "测试", "comment", "慢的草稿")));
        waitUntilRunning(village);
        HttpResponse<String> refused = postRaw(base + "/test");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
        assertThat(JSON.readTree(refused.body()).path("detail").asText()).contains("“发布”正在运行");

        Response rejected = publish.get(runs.timeLimit().plus(MARGIN).toSeconds() + 30, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(runs.timeLimit().plus(MARGIN));
        assertThat(rejected.status()).as(rejected.raw()).isEqualTo(422);
        assertThat(rejected.body().path("failedCases").findValuesAsText("differences").toString()
                + rejected.body().path("failedCases").toString()).contains("time budget is spent");
        assertThat(get("/api/v1/villages/" + village + "/policy").body().path("version").asInt())
                .as("the live version stays").isEqualTo(1);
    }

    /** A village live on the fast policy whose draft has the slow policy and a case of 1,000 slow evidence. */
    private String slowDraft() {
        String village = unique("runs");
        publishVillage(village, FAST_DRL, "");
        StringBuilder cases = new StringBuilder("cases:\n  - name: 很多慢证据\n    history:\n");
        for (int i = 0; i < SLOW_HISTORY; i++) {
            cases.append("      - { type: T").append(i).append(", rule: \"记录\", points: 1, at: \"").append(DAY)
                    .append("T08:00\" }\n");
        }
        cases.append("    evidence:\n");
        for (int i = 0; i < 1_000; i++) {
            cases.append("      - { id: e").append(i).append(", type: SLOW, at: \"").append(DAY).append("T09:00\" }\n");
        }
        cases.append("    expect: []\n");
        String draft = "/api/v1/villages/" + village + "/policy/draft/files/";
        assertThat(as(ADMIN_KEY).putText(draft + "rules.drl", SLOW_DRL).status()).isEqualTo(200);
        assertThat(as(ADMIN_KEY).putText(draft + "slow.yaml", cases.toString()).status()).isEqualTo(201);
        return village;
    }

    private void waitUntilRunning(String village) throws InterruptedException {
        for (int i = 0; i < 1_000 && !runs.running(village); i++) {
            Thread.sleep(10);
        }
        assertThat(runs.running(village)).as("the first run started").isTrue();
    }

    private HttpResponse<String> postRaw(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header(API_KEY, ADMIN_KEY).header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(60)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
