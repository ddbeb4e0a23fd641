package org.jifen.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.jifen.api.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Concurrent submissions for one member: the caps and idempotency hold under a race because a
 * batch locks its members before reading their history and stored evidence. The village may run
 * 8 batches at once (by default a 2-core machine runs one batch of a village at a time, and no
 * race would happen).
 */
@TestPropertySource(properties = {"jifen.evaluation.threads=8", "jifen.evaluation.village-threads=8"})
class EvaluationRaceTest extends ApiTest {

    private static final String VILLAGE = "tanyin";
    private static final int THREADS = 32;

    @Test
    void thirtyTwoDifferentPatrolsInOneWeekCreditExactlyThree() throws Exception {
        String member = unique("racer");
        register(VILLAGE, member);
        String prefix = unique("patrol");

        List<Response> responses = race(i -> batch(false,
                patrol(prefix + "-" + i, member, "2026-11-%02dT19:%02d".formatted(16 + i % 7, i), 90)));

        List<JsonNode> patrolAwards = new ArrayList<>();
        for (Response response : responses) {
            assertThat(response.status()).as(response.raw()).isEqualTo(200);
            JsonNode result = response.body().path("results").get(0);
            assertThat(result.path("status").asText()).isEqualTo("CREDITED");
            assertThat(result.path("replayed").asBoolean(false)).isFalse();
            assertThat(result.path("awards")).hasSize(1);
            patrolAwards.add(result.path("awards").get(0));
        }
        assertThat(patrolAwards).allSatisfy(award -> assertThat(award.path("rule").asText()).isEqualTo("治安巡逻"));
        assertThat(patrolAwards).filteredOn(award -> award.path("points").asInt() == 3).hasSize(3)
                .allSatisfy(award -> assertThat(award.path("capped").asBoolean()).isFalse());
        assertThat(patrolAwards).filteredOn(award -> award.path("points").asInt() != 3).hasSize(THREADS - 3)
                .allSatisfy(award -> {
                    assertThat(award.path("points").asInt()).isZero();
                    assertThat(award.path("requested").asInt()).isEqualTo(3);
                    assertThat(award.path("capped").asBoolean()).isTrue();
                });

        assertThat(ledgerRows(VILLAGE, member)).isEqualTo(3);
        assertThat(ledgerSum(VILLAGE, member)).isEqualTo(9);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evidence WHERE village_id = ? AND member_id = ?",
                Long.class, VILLAGE, member)).isEqualTo(THREADS);
        Response balance = get(memberPath(VILLAGE, member) + "/balance");
        assertThat(balance.status()).as(balance.raw()).isEqualTo(200);
        assertThat(balance.body().path("total").asLong()).isEqualTo(ledgerSum(VILLAGE, member));
        assertThat(balance.body().path("byCategory").path("平安建设").asLong()).isEqualTo(9);
    }

    @Test
    void thirtyTwoCopiesOfOneEvidenceWriteOneSetOfRows() throws Exception {
        String member = unique("racer");
        register(VILLAGE, member);
        String id = unique("same");
        ObjectNode night = patrol(id, member, "2026-11-18T21:00", 120);
        night.putObject("attrs").put("shift", "NIGHT");

        List<Response> responses = race(i -> batch(false, night.deepCopy()));

        JsonNode awards = null;
        int fresh = 0;
        for (Response response : responses) {
            assertThat(response.status()).as(response.raw()).isEqualTo(200);
            JsonNode result = response.body().path("results").get(0);
            assertThat(result.path("evidenceId").asText()).isEqualTo(id);
            assertThat(result.path("status").asText()).isEqualTo("CREDITED");
            if (awards == null) {
                awards = result.path("awards");
            }
            assertThat(result.path("awards")).isEqualTo(awards);
            fresh += result.path("replayed").asBoolean(false) ? 0 : 1;
        }
        assertThat(awards.findValuesAsText("rule")).containsExactly("治安巡逻", "夜间巡逻 加分");
        assertThat(awards.findValues("points")).extracting(JsonNode::asInt).containsExactly(3, 1);
        assertThat(fresh).as("responses not marked replayed").isEqualTo(1);
        assertThat(evidenceRows(VILLAGE, id)).isEqualTo(1);
        assertThat(ledgerRows(VILLAGE, member)).isEqualTo(2);
        assertThat(ledgerSum(VILLAGE, member)).isEqualTo(4);
        assertThat(get(memberPath(VILLAGE, member) + "/balance").body().path("total").asLong()).isEqualTo(4);
    }

    /** Posts {@code THREADS} bodies at once (released together by a start gate) and returns the responses. */
    private List<Response> race(IntFunction<ObjectNode> body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch ready = new CountDownLatch(THREADS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                ObjectNode request = body.apply(i);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return post(evaluations(VILLAGE), request);
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get(120, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}
