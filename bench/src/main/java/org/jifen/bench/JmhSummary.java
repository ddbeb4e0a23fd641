package org.jifen.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The engine table from JMH's JSON result ({@code -rf json}): per benchmark the min/median/max of
 * its forks (each fork a separate JVM, its score the mean of its iterations), and per fork i the
 * ratio to the baseline's fork i. Usage: {@code JmhSummary result.json [out.md]}.
 */
public final class JmhSummary {

    private JmhSummary() {
    }

    public static void main(String[] args) throws Exception {
        JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Map<String, double[]> forks = new HashMap<>();
        for (JsonNode result : results) {
            String name = result.path("benchmark").asText().replaceAll(".*\\.", "");
            JsonNode raw = result.path("primaryMetric").path("rawData");
            double[] scores = new double[raw.size()];
            for (int f = 0; f < raw.size(); f++) {
                double sum = 0;
                for (JsonNode v : raw.get(f)) {
                    sum += v.asDouble();
                }
                scores[f] = sum / raw.get(f).size();
            }
            forks.put(name, scores);
        }
        StringBuilder md = new StringBuilder();
        int n = forks.values().stream().mapToInt(a -> a.length).min().orElse(0);
        md.append(String.format(Locale.ROOT, "| engine, JMH, one thread (%d forks; figure per fork) | min | median | max |%n", n));
        md.append("| --- | ---: | ---: | ---: |\n");
        row(md, "A. Jifen, largest sample village (evals/s)", forks.get("jifen"), null);
        row(md, "B. raw Drools, same DRL and facts (evals/s)", forks.get("rawDrools"), null);
        row(md, "A ÷ B per fork (goal ≥ 1.0)", forks.get("jifen"), forks.get("rawDrools"));
        row(md, "C. Jifen, the first ten points-list rules (evals/s)", forks.get("jifenTenRules"), null);
        row(md, "D. plain Java, the same ten rules by hand (evals/s)", forks.get("plainJavaTenRules"), null);
        row(md, "C ÷ D per fork (floor, report only)", forks.get("jifenTenRules"), forks.get("plainJavaTenRules"));
        System.out.print(md);
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), md.toString(), StandardCharsets.UTF_8);
        }
    }

    private static void row(StringBuilder md, String label, double[] values, double[] baseline) {
        if (values == null || (baseline == null && label.contains("÷"))) {
            return;
        }
        List<Double> figures = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (baseline == null) {
                figures.add(values[i]);
            } else if (baseline.length == values.length) {
                figures.add(values[i] / baseline[i]);
            } else {
                for (double b : baseline) { // a fork failed: every pair of forks, not fork by fork
                    figures.add(values[i] / b);
                }
            }
        }
        if (baseline != null && baseline.length != values.length) {
            label += " (forks " + values.length + " vs " + baseline.length + ": all pairs)";
        }
        if (figures.isEmpty()) {
            return;
        }
        figures.sort(null);
        String format = baseline == null ? "%,.0f" : "%.3f×";
        md.append("| ").append(label).append(" | ").append(String.format(Locale.ROOT, format, figures.get(0)))
                .append(" | ").append(String.format(Locale.ROOT, format, figures.get(figures.size() / 2)))
                .append(" | ").append(String.format(Locale.ROOT, format, figures.get(figures.size() - 1))).append(" |\n");
    }
}
