package org.jifen.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Sends a {@link Workload} like a submission pipeline that must lose nothing: each thread owns some
 * members and sends, round by round, the next evidence of each of them in batches; a batch is sent
 * again with the same ids until it is acknowledged (200), so each member's order is kept. A 503 or
 * a refused connection is retried after a pause; any other answer is recorded as unexpected.
 */
final class Submitter {

    private final List<Http> instances;
    private final String village;
    private final Workload workload;
    private final int threads;
    private final int batchSize;
    private final long pauseMillis;
    private final AckLog log;

    Submitter(List<Http> instances, String village, Workload workload, int threads, int batchSize, long pauseMillis,
            AckLog log) {
        this.instances = instances;
        this.village = village;
        this.workload = workload;
        this.threads = threads;
        this.batchSize = batchSize;
        this.pauseMillis = pauseMillis;
        this.log = log;
    }

    /** Sends everything; returns when every evidence is acknowledged (or after {@code timeoutSeconds}). */
    void run(long timeoutSeconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    sendOwnMembers(thread);
                    return null;
                }));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            for (Future<?> future : futures) {
                future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void sendOwnMembers(int thread) {
        List<List<ObjectNode>> own = new ArrayList<>();
        for (int m = thread; m < workload.members().size(); m += threads) {
            own.add(workload.evidence().get(m));
        }
        int rounds = own.stream().mapToInt(List::size).max().orElse(0);
        int request = thread;
        for (int round = 0; round < rounds; round++) {
            List<ObjectNode> batch = new ArrayList<>();
            for (List<ObjectNode> sequence : own) {
                if (round < sequence.size()) {
                    batch.add(sequence.get(round));
                }
                if (batch.size() == batchSize) {
                    sendUntilAcknowledged(batch, request++);
                    batch = new ArrayList<>();
                }
            }
            if (!batch.isEmpty()) {
                sendUntilAcknowledged(batch, request++);
            }
        }
    }

    private void sendUntilAcknowledged(List<ObjectNode> batch, int request) {
        ObjectNode body = Http.JSON.createObjectNode();
        body.putArray("evidence").addAll(batch);
        body.put("dryRun", false);
        String path = "/api/v1/villages/" + village + "/evaluations";
        for (int attempt = 0; !Thread.currentThread().isInterrupted(); attempt++) {
            int instance = (request + attempt) % instances.size();
            long sent = System.nanoTime();
            try {
                Http.Response response = instances.get(instance).postJson(path, body);
                if (response.status() == 200) {
                    for (JsonNode result : response.body().path("results")) {
                        log.ack(instance, sent, result);
                    }
                    if (pauseMillis > 0) {
                        Http.sleep(pauseMillis);
                    }
                    return;
                }
                if (response.status() == 503) {
                    log.unavailable(response);
                } else {
                    log.unexpected("HTTP " + response.status() + " from instance " + instance + ": " + response.raw());
                }
            } catch (IOException e) {
                log.connectionError();
            }
            Http.sleep(100);
        }
    }
}
