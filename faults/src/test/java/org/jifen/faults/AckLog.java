package org.jifen.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the clients saw: every acknowledgement (written to a file as it arrives, as a real
 * pipeline would log it), every 503 and refused connection, and anything unexpected.
 */
final class AckLog implements AutoCloseable {

    /** One acknowledged evidence: the instance that answered, when the request was sent and answered, its result. */
    record Ack(int instance, long sentNanos, long atNanos, JsonNode result) {
    }

    /** One 503: whether it was problem+json with Retry-After, and when. */
    record Unavailable(long atNanos, boolean problemJson, String retryAfter) {
    }

    private final Map<String, Ack> acks = new ConcurrentHashMap<>();
    private final AtomicInteger count = new AtomicInteger();
    private final AtomicLong lastAckNanos = new AtomicLong();
    private final List<Unavailable> unavailable = new CopyOnWriteArrayList<>();
    private final AtomicInteger connectionErrors = new AtomicInteger();
    private final List<String> unexpected = new CopyOnWriteArrayList<>();
    private final BufferedWriter file;

    AckLog(Path file) {
        try {
            this.file = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void ack(int instance, long sentNanos, JsonNode result) {
        long now = System.nanoTime();
        String id = result.path("evidenceId").asText();
        if (!"CREDITED".equals(result.path("status").asText())) {
            unexpected.add("evidence " + id + " was " + result);
        }
        synchronized (file) {
            try {
                file.write(id + "\t" + instance + "\t" + result + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (acks.putIfAbsent(id, new Ack(instance, sentNanos, now, result)) == null) {
            count.incrementAndGet();
        }
        lastAckNanos.set(now);
    }

    void unavailable(Http.Response response) {
        unavailable.add(new Unavailable(System.nanoTime(), response.isProblem(), response.retryAfter()));
    }

    void connectionError() {
        connectionErrors.incrementAndGet();
    }

    void unexpected(String what) {
        unexpected.add(what);
    }

    int count() {
        return count.get();
    }

    long lastAckNanos() {
        return lastAckNanos.get();
    }

    Map<String, Ack> acks() {
        return acks;
    }

    List<Unavailable> unavailableResponses() {
        return unavailable;
    }

    int connectionErrors() {
        return connectionErrors.get();
    }

    List<String> unexpected() {
        return unexpected;
    }

    @Override
    public void close() {
        synchronized (file) {
            try {
                file.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
