package org.jifen.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The requests of the end-to-end benchmark, to the tanyin sample village: evaluations of new
 * evidence (every id new, about half an evidence per member per simulated day, days advancing as
 * evidence is sent and wrapping after 600 days so that no date lies in the future), and balance reads.
 */
final class HttpLoad {

    private static final String[] TYPES = {"PATROL", "CLEANING", "VOLUNTEER", "LITTERING", "ELDER_CARE", "CLUTTER"};
    private static final LocalDateTime FIRST_DAY = LocalDateTime.of(2024, 6, 1, 8, 0);

    final int members;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String village;
    private final String adminKey;
    String pipelineKey;
    private String officialKey;
    final String run = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicLong sequence = new AtomicLong();

    HttpLoad(String baseUrl, String key, int members) {
        this.village = baseUrl + "/api/v1/villages/tanyin";
        this.adminKey = key;
        this.pipelineKey = key;
        this.officialKey = key;
        this.members = members;
    }

    /**
     * Creates the keys the load uses, as in production: a PIPELINE key of the village for
     * evaluations, an OFFICIAL key of the village for balance reads (each request then looks its
     * key up in the database).
     */
    void createKeys() throws Exception {
        pipelineKey = createKey("PIPELINE");
        officialKey = createKey("OFFICIAL");
    }

    private String createKey(String role) throws Exception {
        String base = village.substring(0, village.indexOf("/api/v1/"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/keys"))
                .header("X-Api-Key", adminKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"benchmark " + role + "\",\"role\":\"" + role
                        + "\",\"villages\":[\"tanyin\"]}")).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("creating a " + role + " key: " + response.statusCode() + " " + response.body());
        }
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).path("key").asText();
    }

    /** Registers the members (role RESIDENT, three to a household). */
    void register(int threads) throws Exception {
        AtomicLong next = new AtomicLong();
        Latencies done = ClosedLoop.run(threads, 600, () -> {
            long m = next.getAndIncrement();
            if (m >= members) {
                throw new StopSignal();
            }
            send(request(village + "/members/" + member(m), pipelineKey).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                    "{\"householdId\":\"h" + run + "-" + (m / 3) + "\",\"roles\":[\"RESIDENT\"]}")).build());
            return 1;
        }, StopSignal.class);
        if (done.units() != members) {
            throw new IllegalStateException("registered " + done.units() + " of " + members + " members");
        }
    }

    /** One evaluation request of {@code batch} new evidence; returns the evidence count. */
    int evaluate(int batch) throws Exception {
        StringBuilder json = new StringBuilder("{\"evidence\":[");
        for (int i = 0; i < batch; i++) {
            long n = sequence.incrementAndGet();
            long day = (n / (members / 2)) % 600;
            json.append(i == 0 ? "" : ",").append("{\"id\":\"e").append(run).append('-').append(n)
                    .append("\",\"type\":\"").append(TYPES[(int) (n % TYPES.length)])
                    .append("\",\"memberId\":\"").append(member(n % members))
                    .append("\",\"occurredAt\":\"").append(FIRST_DAY.plusDays(day).plusMinutes(n % 600))
                    .append("\",\"status\":\"APPROVED\",\"minutes\":90,\"quantity\":1}");
        }
        send(request(village + "/evaluations", pipelineKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.append("]}").toString())).build());
        return batch;
    }

    /** One balance read of a random member. */
    int balance() throws Exception {
        send(request(village + "/members/" + member(ThreadLocalRandom.current().nextInt(members)) + "/balance", officialKey).GET()
                .build());
        return 1;
    }

    private String member(long m) {
        return "b" + run + "-" + m;
    }

    private HttpRequest.Builder request(String url, String key) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).header("X-Api-Key", key);
    }

    private void send(HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
    }

    /** Ends a registration thread's loop. */
    static final class StopSignal extends Exception {
        StopSignal() {
            super(null, null, false, false);
        }
    }
}
