package org.jifen.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.jifen.persistence.embedded.EmbeddedMariaDb;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Steady load for {@code jifen.faults.soak.minutes} (10): batches of new evidence, balance reads,
 * and a new policy version every minute (so compiled policies come and go). The heap and metaspace
 * after a full GC, sampled every 30 s, must stay flat, and every request must succeed. Not in CI:
 * {@code tests/soak.sh}.
 */
@Tag("soak")
class SoakTest extends SingleServiceFaultTest {

    @Test
    void heapAfterGcStaysFlatAndNothingFails() throws Exception {
        int minutes = FaultSettings.integer("soak.minutes", 10);
        int rate = FaultSettings.integer("soak.rate", 200);
        int threads = 4;
        Path work = FaultSettings.workDir("soak");
        db = EmbeddedMariaDb.start(work.resolve("db"), 0);
        service = ServiceProcess.start("soak", db.jdbcUrl(), work, List.of("-Xmx512m"));
        Http http = service.http();
        Workload members = Workload.of("m", 500, 500);
        members.register(http, "faults");

        long end = System.nanoTime() + minutes * 60_000_000_000L;
        AtomicLong evidence = new AtomicLong();
        AtomicLong reads = new AtomicLong();
        List<String> errors = new CopyOnWriteArrayList<>();
        List<Thread> load = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                long intervalNanos = 1_000_000_000L * 10 * threads / rate;
                long next = System.nanoTime();
                for (long n = 0; System.nanoTime() < end; n++) {
                    try {
                        send(http, thread, n, members, errors);
                        evidence.addAndGet(10);
                        String member = members.members().get((int) ((n * 7 + thread) % members.members().size()));
                        Http.Response balance = http.send("GET", "/api/v1/villages/faults/members/" + Http.seg(member)
                                + "/balance", null, null);
                        reads.incrementAndGet();
                        if (balance.status() != 200) {
                            errors.add("balance: HTTP " + balance.status() + " " + balance.raw());
                        }
                    } catch (Exception e) {
                        errors.add(e.toString());
                    }
                    next += intervalNanos;
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        Http.sleep(wait / 1_000_000);
                    }
                }
            }, "soak-" + t);
            worker.start();
            load.add(worker);
        }

        HeapSampler sampler = new HeapSampler(service.pid());
        List<HeapSampler.Sample> samples = new ArrayList<>();
        long start = System.nanoTime();
        int versions = 0;
        StringBuilder table = new StringBuilder("seconds\theap_mb\tmetaspace_mb\tevidence\tpolicy_versions\n");
        while (System.nanoTime() < end) {
            Thread.sleep(Math.min(30_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            if (seconds / 60 > versions) {
                publish(http, ++versions);
            }
            HeapSampler.Sample sample = sampler.sample(seconds);
            samples.add(sample);
            String line = "%d\t%.1f\t%.1f\t%d\t%d".formatted(seconds, sample.heapMb(), sample.metaspaceMb(), evidence.get(),
                    versions + 1);
            table.append(line).append('\n');
            System.out.println("soak: " + line);
        }
        for (Thread thread : load) {
            thread.join();
        }
        Files.writeString(work.resolve("soak.tsv"), table, StandardCharsets.UTF_8);
        System.out.printf("soak: %d min, %d evidence (%.0f/s), %d balance reads, %d policy versions, %d errors%n",
                minutes, evidence.get(), evidence.get() / (minutes * 60.0), reads.get(), versions + 1, errors.size());

        assertThat(errors).as("failed requests").isEmpty();
        assertThat(samples).hasSizeGreaterThanOrEqualTo(4);
        int third = Math.max(1, samples.size() / 3);
        double early = median(samples.subList(1, 1 + third), HeapSampler.Sample::heapMb);
        double late = median(samples.subList(samples.size() - third, samples.size()), HeapSampler.Sample::heapMb);
        double earlyMeta = median(samples.subList(1, 1 + third), HeapSampler.Sample::metaspaceMb);
        double lateMeta = median(samples.subList(samples.size() - third, samples.size()), HeapSampler.Sample::metaspaceMb);
        System.out.printf("soak: heap after GC, median of the early third %.1f MB, late third %.1f MB;"
                + " metaspace %.1f MB → %.1f MB%n", early, late, earlyMeta, lateMeta);
        assertThat(late).as("heap after GC, late vs early (MB)").isLessThanOrEqualTo(early * 1.2 + 8);
        assertThat(lateMeta).as("metaspace, late vs early (MB)").isLessThanOrEqualTo(earlyMeta * 1.1 + 8);
    }

    private static void send(Http http, int thread, long n, Workload members, List<String> errors) throws Exception {
        ObjectNode body = Http.JSON.createObjectNode().put("dryRun", false);
        var array = body.putArray("evidence");
        String[] types = {"PATROL", "CLEANING", "VOLUNTEER", "LITTERING"};
        for (int i = 0; i < 10; i++) {
            long k = n * 10 + i;
            String member = members.members().get((int) ((k * 31 + thread * 17) % members.members().size()));
            array.addObject().put("id", "s-%d-%d".formatted(thread, k)).put("type", types[(int) (k % types.length)])
                    .put("memberId", member).put("occurredAt", Workload.START.plusHours(k % 10_000).toString())
                    .put("status", "APPROVED").put("minutes", 60).put("quantity", 2);
        }
        Http.Response response = http.postJson("/api/v1/villages/faults/evaluations", body);
        if (response.status() != 200) {
            errors.add("evaluations: HTTP " + response.status() + " " + response.raw());
        }
    }

    /** A new version that only changes a comment: compiled again, and the old one must be released. */
    private static void publish(Http http, int n) throws Exception {
        String path = "/api/v1/villages/faults/policy/draft/files/caps.drl";
        String drl = http.must("GET", path, null, null).raw();
        http.must("PUT", path, "text/plain; charset=utf-8", drl + "\n// soak " + n + "\n");
        Http.Response published = http.must("POST", "/api/v1/villages/faults/policy/draft/publish", "application/json",
                Http.JSON.writeValueAsString(Map.of("author", "soak", "comment", "soak " + n)));
        assertThat(published.status()).as(published.raw()).isEqualTo(201);
    }

    private static double median(List<HeapSampler.Sample> samples, java.util.function.ToDoubleFunction<HeapSampler.Sample> f) {
        double[] values = samples.stream().mapToDouble(f).sorted().toArray();
        return values[values.length / 2];
    }
}
