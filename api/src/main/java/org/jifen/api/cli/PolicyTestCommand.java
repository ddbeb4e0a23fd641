package org.jifen.api.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jifen.engine.cases.PolicyTest;
import org.jifen.engine.policy.PolicyCompiler;

/** {@code policy-test --rules <dir> --samples <dir> [--village <id>]}: runs sample cases, no database. */
public final class PolicyTestCommand {

    public static final String NAME = "policy-test";
    private static final String USAGE = "usage: java -jar jifen.jar policy-test --rules <dir> --samples <dir> [--village <id>]";

    private PolicyTestCommand() {
    }

    /** Runs the command; returns the exit code: 0 only when every case passes. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path rules = null;
        Path samples = null;
        String village = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--rules" -> rules = value == null ? null : Path.of(value);
                case "--samples" -> samples = value == null ? null : Path.of(value);
                case "--village" -> village = value;
                default -> {
                    err.println("unknown argument " + args[i] + "\n" + USAGE);
                    return 2;
                }
            }
            i++;
        }
        if (rules == null || samples == null || !Files.isDirectory(rules)) {
            err.println((rules != null && !Files.isDirectory(rules) ? "no such folder: " + rules + "\n" : "") + USAGE);
            return 2;
        }
        PrintStream utf8 = new PrintStream(out, true, StandardCharsets.UTF_8);
        List<PolicyTest.VillageReport> reports = new PolicyTest(new PolicyCompiler()).runAll(rules, samples, village, utf8);
        boolean passed = !reports.isEmpty() && reports.stream().allMatch(PolicyTest.VillageReport::passed);
        return passed ? 0 : 1;
    }
}
