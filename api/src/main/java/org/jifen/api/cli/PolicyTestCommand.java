package org.jifen.api.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jifen.engine.cases.PolicyTest;
import org.jifen.engine.policy.PolicyCompiler;

/**
 * {@code policy-test --rules <dir> --samples <dir> [--village <id>] [--coverage]}: runs sample cases and
 * the static checks, no database; {@code --coverage} also lists which rules fired over the cases and which never did.
 */
public final class PolicyTestCommand {

    public static final String NAME = "policy-test";
    private static final String USAGE = "usage: java -jar jifen.jar policy-test --rules <dir> --samples <dir> [--village <id>] [--coverage]";

    private PolicyTestCommand() {
    }

    /** Runs the command; returns the exit code: 0 only when every case passes. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path rules = null;
        Path samples = null;
        String village = null;
        boolean coverage = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--coverage")) {
                coverage = true;
                continue;
            }
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
        int checkErrors = PolicyInsights.print(rules, samples, village, false, utf8);
        List<PolicyTest.VillageReport> reports = new PolicyTest(new PolicyCompiler()).runAll(rules, samples, village, utf8);
        if (coverage) {
            PolicyInsights.print(rules, samples, village, true, utf8);
        }
        if (checkErrors > 0) {
            utf8.println(checkErrors + " static-check error(s) above (CHECK lines): a publish would be refused");
        }
        boolean passed = !reports.isEmpty() && reports.stream().allMatch(PolicyTest.VillageReport::passed) && checkErrors == 0;
        return passed ? 0 : 1;
    }
}
