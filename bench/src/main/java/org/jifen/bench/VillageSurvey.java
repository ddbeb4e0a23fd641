package org.jifen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.policy.PolicySource;
import org.jifen.engine.template.Templates;

/**
 * Every sample village compiled once, in compile order, with its rule count and first compile time;
 * and the village to benchmark: the largest, or the one forced by {@code bench.village}.
 */
record VillageSurvey(List<Path> order, Map<Path, Integer> ruleCounts, Map<Path, Double> firstCompileMs, Path chosen) {

    private static final Pattern RULE_LINE = Pattern.compile("(?m)^\\s*rule\\s+\"");

    /** Guesses the largest village from the text and compiles the guess first, so that the cold
     *  compile (first compile in this JVM) is of the village that is benchmarked. */
    static VillageSurvey compile(Path rulesDir, PolicyCompiler compiler) throws IOException {
        // villages that extend a template are left out: the raw-Drools baseline compiles a plain bundle
        List<Path> villages = villageDirs(rulesDir).stream()
                .filter(d -> Templates.extendsOf(PolicySource.read(d)) == null).toList();
        String forced = System.getProperty("bench.village");
        Path guess = forced != null ? rulesDir.resolve(forced)
                : villages.stream().max(Comparator.comparingInt(VillageSurvey::rulesInText)).orElseThrow();
        List<Path> order = new ArrayList<>(villages);
        order.remove(guess);
        order.add(0, guess);
        Map<Path, Integer> ruleCounts = new LinkedHashMap<>();
        Map<Path, Double> firstCompileMs = new LinkedHashMap<>();
        for (Path dir : order) {
            PolicySource source = read(dir);
            long t0 = System.nanoTime();
            CompiledPolicy policy = compiler.compile(source, 1);
            firstCompileMs.put(dir, Stats.ms(System.nanoTime() - t0));
            ruleCounts.put(dir, policy.rules().size());
            policy.close();
        }
        Path chosen = forced != null ? guess
                : villages.stream().max(Comparator.comparingInt((Path d) -> ruleCounts.get(d))
                        .thenComparing(Comparator.comparing((Path d) -> d.getFileName().toString()).reversed()))
                        .orElseThrow();
        return new VillageSurvey(order, ruleCounts, firstCompileMs, chosen);
    }

    double coldCompileMs() {
        return firstCompileMs.get(chosen);
    }

    boolean coldIsChosen() {
        return order.get(0).equals(chosen);
    }

    void print() {
        System.out.println("## Villages (rules per compiled policy; first compile in this JVM, in compile order)");
        System.out.println();
        for (Path dir : order) {
            System.out.printf(Locale.ROOT, "- %-10s %3d rules, first compile %8.1f ms%s%s%n", dir.getFileName(),
                    ruleCounts.get(dir), firstCompileMs.get(dir), dir.equals(order.get(0)) ? "  (cold JVM)" : "",
                    dir.equals(chosen) ? "  <- benchmarked" : "");
        }
        System.out.println();
    }

    static Path locateRules() {
        for (String candidate : List.of("rules", "../rules")) {
            Path p = Path.of(candidate);
            if (Files.isDirectory(p)) {
                return p.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("no rules directory: run from the repository root or bench/, or pass it");
    }

    private static List<Path> villageDirs(Path rulesDir) throws IOException {
        try (Stream<Path> dirs = Files.list(rulesDir)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve(PolicySource.VILLAGE_FILE))).sorted().toList();
        }
    }

    /** A village folder's bundle with the template it extends attached (from the sibling {@code _templates/}). */
    static PolicySource read(Path dir) {
        return Templates.resolveFromFolder(PolicySource.read(dir), dir.getParent());
    }

    /** Rules counted from the text, only to pick which village to compile first. */
    private static int rulesInText(Path dir) {
        PolicySource source = read(dir);
        int rules = 0;
        for (Map.Entry<String, String> file : source.files().entrySet()) {
            if (file.getKey().endsWith(".drl")) {
                Matcher m = RULE_LINE.matcher(file.getValue());
                while (m.find()) {
                    rules++;
                }
            } else if (file.getKey().equals(PolicySource.POINTS_LIST_FILE)) {
                rules += (int) file.getValue().lines().skip(1).filter(l -> !l.isBlank()).count();
            }
        }
        return rules;
    }
}
