package org.jifen.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * End to end over HTTP on loopback, from its own process, against a running service (bench/run.sh
 * starts one): per round, batches of 100 then the database ceiling for 100-row transactions, single
 * evidence (closed loop) then the ceiling for 1-row transactions, single evidence at a fixed rate
 * (open loop, latency from each request's due time) and balance reads. Prints a markdown table of
 * min/median/max over the rounds, with the ratios to the ceiling measured in the same round.
 *
 * <p>Requests carry keys as in production: a PIPELINE key for evaluations and registration, an
 * OFFICIAL key for balance reads, both of the village and created at the start with the ADMIN key.
 * System properties: bench.url, bench.key (an ADMIN key), bench.jdbc (the service's database),
 * bench.dbUser [root], bench.rounds [3], bench.seconds [10], bench.threads [4], bench.rate [300],
 * bench.members [2000], bench.out (also write the table there).
 */
public final class LoadBenchmark {

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.url", "http://127.0.0.1:8080");
        int rounds = Integer.getInteger("bench.rounds", 3);
        double seconds = Double.parseDouble(System.getProperty("bench.seconds", "10"));
        int threads = Integer.getInteger("bench.threads", 4);
        double rate = Double.parseDouble(System.getProperty("bench.rate", "300"));
        HttpLoad http = new HttpLoad(url, System.getProperty("bench.key"), Integer.getInteger("bench.members", 2000));
        Map<String, List<Double>> figures = new LinkedHashMap<>();
        try (DbCeiling db = new DbCeiling(System.getProperty("bench.jdbc"), System.getProperty("bench.dbUser", "root"), "")) {
            long t0 = System.nanoTime();
            http.createKeys();
            http.register(8);
            System.out.printf(Locale.ROOT, "registered %d members in %.1f s%n", http.members, (System.nanoTime() - t0) / 1e9);
            // warm-up, not counted: the service's JIT, pools and the database's buffers
            ClosedLoop.run(threads, seconds / 2, () -> http.evaluate(100));
            ClosedLoop.run(threads, seconds / 2, () -> http.evaluate(1));
            ClosedLoop.run(threads, seconds / 4, http::balance);
            db.run(threads, 100, seconds / 4);
            for (int r = 1; r <= rounds; r++) {
                Latencies batch = ClosedLoop.run(threads, seconds, () -> http.evaluate(100));
                Latencies ceil100 = db.run(threads, 100, seconds);
                Latencies single = ClosedLoop.run(threads, seconds, () -> http.evaluate(1));
                Latencies ceil1 = db.run(threads, 1, seconds);
                Latencies fixed = OpenLoop.run(rate, seconds, 64, () -> http.evaluate(1));
                Latencies reads = ClosedLoop.run(threads, seconds, http::balance);
                add(figures, "batches of 100: evidence/s", batch.unitRate());
                add(figures, "DB ceiling, 100-row transactions: rows/s", ceil100.unitRate());
                add(figures, "batches ÷ ceiling (same round)", batch.unitRate() / ceil100.unitRate());
                add(figures, "single evidence, closed loop: req/s", single.rate());
                add(figures, "single evidence, closed loop: p50 ms", single.percentileMs(50));
                add(figures, "single evidence, closed loop: p99 ms", single.percentileMs(99));
                add(figures, "DB ceiling, 1-row transactions: rows/s", ceil1.unitRate());
                add(figures, "single ÷ ceiling (same round)", single.rate() / ceil1.rate());
                add(figures, String.format(Locale.ROOT, "single evidence at %.0f req/s (open loop): achieved req/s", rate),
                        fixed.rate());
                add(figures, "  … p50 ms (from due time)", fixed.percentileMs(50));
                add(figures, "  … p99 ms (from due time)", fixed.percentileMs(99));
                add(figures, "  … max ms", fixed.percentileMs(100));
                add(figures, "balance reads: req/s", reads.rate());
                add(figures, "balance reads: p50 ms", reads.percentileMs(50));
                add(figures, "balance reads: p99 ms", reads.percentileMs(99));
                long errors = batch.errors() + single.errors() + fixed.errors() + reads.errors() + ceil1.errors()
                        + ceil100.errors();
                add(figures, "errors (all phases)", errors);
                System.out.printf(Locale.ROOT, "round %d: batches %,.0f evidence/s (ceiling %,.0f rows/s); single %,.0f req/s "
                        + "p99 %.1f ms (ceiling %,.0f); at %.0f/s p99 %.1f ms; balance %,.0f req/s p99 %.1f ms; errors %d%n",
                        r, batch.unitRate(), ceil100.unitRate(), single.rate(), single.percentileMs(99), ceil1.unitRate(),
                        rate, fixed.percentileMs(99), reads.rate(), reads.percentileMs(99), errors);
            }
        }
        String table = table(figures, rounds, threads, seconds);
        System.out.println();
        System.out.print(table);
        String out = System.getProperty("bench.out");
        if (out != null) {
            Files.writeString(Path.of(out), table, StandardCharsets.UTF_8);
        }
    }

    private static void add(Map<String, List<Double>> figures, String name, double value) {
        figures.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }

    private static String table(Map<String, List<Double>> figures, int rounds, int threads, double seconds) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "| HTTP end to end (%d rounds of %.0f s per phase, %d client threads) | min | median | max |%n",
                rounds, seconds, threads));
        md.append("| --- | ---: | ---: | ---: |\n");
        figures.forEach((name, values) -> {
            List<Double> sorted = values.stream().sorted().toList();
            ToDoubleFunction<Integer> at = sorted::get;
            md.append("| ").append(name).append(" | ").append(format(name, at.applyAsDouble(0))).append(" | ")
                    .append(format(name, sorted.get(sorted.size() / 2))).append(" | ")
                    .append(format(name, at.applyAsDouble(sorted.size() - 1))).append(" |\n");
        });
        return md.toString();
    }

    private static String format(String name, double value) {
        if (name.contains("÷")) {
            return String.format(Locale.ROOT, "%.2f×", value);
        }
        return name.contains("ms") ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%,.0f", value);
    }
}
