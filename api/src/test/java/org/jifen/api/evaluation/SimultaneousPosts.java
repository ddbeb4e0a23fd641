package org.jifen.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jifen.api.ApiTest.Response;

/** Race tests' start line: one request per evidence, all released at once; each must be 200 and CREDITED. */
final class SimultaneousPosts {

    private SimultaneousPosts() {
    }

    /** Posts each of {@code evidence} alone with {@code post}, on a thread of its own, released together. */
    static void allCredited(List<ObjectNode> evidence, Function<ObjectNode, Response> post) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(evidence.size());
        try {
            CountDownLatch ready = new CountDownLatch(evidence.size());
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (ObjectNode one : evidence) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return post.apply(one);
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            start.countDown();
            for (Future<Response> future : futures) {
                Response response = future.get(120, TimeUnit.SECONDS);
                assertThat(response.status()).as(response.raw()).isEqualTo(200);
                assertThat(response.body().path("results").get(0).path("status").asText()).isEqualTo("CREDITED");
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}
