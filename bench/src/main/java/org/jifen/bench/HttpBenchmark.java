package org.jifen.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * End-to-end throughput of a running Jifen over HTTP on loopback: batches of evidence for the
 * tanyin sample village, posted by several client threads, every evidence new. Prints evidence/s
 * per round (min/median/max) and the single-evidence request rate. Usage:
 * {@code HttpBenchmark [baseUrl] [threads] [batch] [seconds per round] [rounds]}.
 */
public final class HttpBenchmark {

    private static final String[] TYPES = {"PATROL", "CLEANING", "VOLUNTEER", "LITTERING", "ELDER_CARE", "CLUTTER"};

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        String village = base + "/api/v1/villages/tanyin";
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        int members = 2_000;
        String run = Long.toString(System.currentTimeMillis(), 36);
        for (int m = 0; m < members; m++) {
            send(http, HttpRequest.newBuilder(URI.create(village + "/members/b" + run + "-" + m)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"householdId\":\"h" + (m / 3) + "\",\"roles\":[\"RESIDENT\"]}")).build());
        }
        AtomicLong sequence = new AtomicLong();
        System.out.printf("HTTP end to end: %s, %d client threads, batches of %d, %d s rounds%n", base, threads, batch, seconds);
        round(http, village, run, members, threads, batch, Math.max(3, seconds / 2), sequence); // warm-up
        double[] rates = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            rates[r] = round(http, village, run, members, threads, batch, seconds, sequence);
            System.out.printf("  round %d: %.0f evidence/s%n", r + 1, rates[r]);
        }
        Arrays.sort(rates);
        System.out.printf("batch=%d evidence/s: min %.0f  median %.0f  max %.0f%n", batch, rates[0], rates[rates.length / 2],
                rates[rates.length - 1]);
    }

    private static double round(HttpClient http, String village, String run, int members, int threads, int batch, int seconds,
            AtomicLong sequence) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        List<Future<Long>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                long sent = 0;
                while (System.nanoTime() < end) {
                    send(http, post(village, body(run, members, batch, sequence)));
                    sent += batch;
                }
                return sent;
            }));
        }
        long total = 0;
        for (Future<Long> f : done) {
            total += f.get();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return total / elapsed;
    }

    private static String body(String run, int members, int batch, AtomicLong sequence) {
        // about half an evidence per member per simulated day, days advancing as evidence is sent
        StringBuilder json = new StringBuilder("{\"evidence\":[");
        LocalDateTime base = LocalDateTime.of(2026, 1, 1, 8, 0);
        for (int i = 0; i < batch; i++) {
            long n = sequence.incrementAndGet();
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"id\":\"e").append(run).append('-').append(n)
                    .append("\",\"type\":\"").append(TYPES[(int) (n % TYPES.length)])
                    .append("\",\"memberId\":\"b").append(run).append('-').append(n % members)
                    .append("\",\"occurredAt\":\"").append(base.plusDays(n / (members / 2)).plusMinutes(n % 600))
                    .append("\",\"minutes\":90,\"quantity\":1}");
        }
        return json.append("]}").toString();
    }

    private static HttpRequest post(String village, String body) {
        return HttpRequest.newBuilder(URI.create(village + "/evaluations")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static void send(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
    }
}
