package org.jifen.engine.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.jifen.engine.policy.Problem;

/**
 * Checks a parsed DRL file against the rule contract's allow-list (§4): what a village's rule
 * may declare, match and do. Works on Drools' own descriptors, never on the raw text.
 */
public final class DrlSandbox {

    static final String AWARDS_TYPE = "org.jifen.facts.Awards";
    private static final List<String> IMPORTABLE = List.of("org.jifen.facts.", "java.time.", "java.util.");
    private static final Pattern IMPORT_TARGET = Pattern.compile("[A-Za-z_][\\w.]*(\\.\\*)?");
    private static final Set<String> ATTRIBUTES = Set.of("salience", "no-loop", "lock-on-active", "enabled",
            "activation-group", "agenda-group", "dialect", "date-effective", "date-expires", "auto-focus");

    private DrlSandbox() {
    }

    /** Every violation in the file; empty when it keeps to the allow-list. */
    public static List<Problem> check(String file, PackageDescr pkg, java.util.function.ToIntFunction<RuleDescr> consequenceStart) {
        Findings findings = new Findings(file);
        for (ImportDescr imp : pkg.getImports()) {
            checkImport(findings, imp);
        }
        pkg.getFunctionImports().forEach(d -> findings.add(d, "import function and import static are not allowed"));
        pkg.getAccumulateImports().forEach(d -> findings.add(d, "import accumulate is not allowed"));
        for (GlobalDescr global : pkg.getGlobals()) {
            if (!global.getIdentifier().equals("award")
                    || !(global.getType().equals(AWARDS_TYPE) || global.getType().equals("Awards"))) {
                findings.add(global, "globals other than 'global " + AWARDS_TYPE + " award' are not allowed");
            }
        }
        pkg.getFunctions().forEach(d -> findings.add(d, "function is not allowed"));
        pkg.getClassAndEnumDeclarationDescrs().forEach(d -> findings.add(d, "declare is not allowed"));
        pkg.getEntryPointDeclarations().forEach(d -> findings.add(d, "declare entry-point is not allowed"));
        pkg.getWindowDeclarations().forEach(d -> findings.add(d, "declare window is not allowed"));
        for (AttributeDescr attribute : pkg.getAttributes()) {
            if (!attribute.getName().equals("dialect")) {
                findings.add(attribute, "package attribute " + attribute.getName() + " is not allowed");
            }
        }
        for (RuleDescr rule : pkg.getRules()) {
            checkRule(findings, rule, consequenceStart.applyAsInt(rule));
        }
        return findings.problems();
    }

    private static void checkImport(Findings findings, ImportDescr imp) {
        String target = imp.getTarget();
        boolean allowed = IMPORT_TARGET.matcher(target).matches() && IMPORTABLE.stream().anyMatch(target::startsWith);
        if (!allowed) {
            findings.add(imp, "import " + target + " is not allowed; only org.jifen.facts, java.time and java.util");
        }
    }

    private static void checkRule(Findings findings, RuleDescr rule, int consequenceStart) {
        if (rule.isQuery()) {
            findings.add(rule, "query is not allowed");
            return;
        }
        for (AttributeDescr attribute : rule.getAttributes().values()) {
            if (!ATTRIBUTES.contains(attribute.getName())) {
                findings.add(attribute, "rule attribute " + attribute.getName() + " is not allowed");
            } else if (attribute.getName().equals("salience") || attribute.getName().equals("enabled")) {
                findings.fragment(attribute, attribute.getValue(), ExpressionCheck.Place.CONDITION);
            }
        }
        if (!rule.getNamedConsequences().isEmpty()) {
            findings.add(rule, "named consequences are not allowed");
        }
        if (rule.getLhs() != null) {
            new ConditionWalker(findings).walk(rule.getLhs());
        }
        if (rule.getConsequence() instanceof String consequence) {
            findings.fragment(consequenceStart, 0, consequence.strip(), ExpressionCheck.Place.CONSEQUENCE);
        }
    }

    /** Problems found in one file, with positions. */
    static final class Findings {
        private final String file;
        private final List<Problem> problems = new ArrayList<>();

        Findings(String file) {
            this.file = file;
        }

        void add(BaseDescr descr, String message) {
            problems.add(Problem.error(file, Math.max(descr.getLine(), 0), Math.max(descr.getColumn(), 0) + 1, message));
        }

        void fragment(BaseDescr descr, String text, ExpressionCheck.Place place) {
            fragment(descr.getLine(), descr.getColumn(), text, place);
        }

        void fragment(int line, int column, String text, ExpressionCheck.Place place) {
            java.util.Set<Integer> reported = new java.util.HashSet<>();
            for (ExpressionCheck.Violation v : ExpressionCheck.check(text, place)) {
                int at = Math.max(line, 0) + v.token().lineOffset();
                if (!reported.add(at)) {
                    continue;
                }
                int col = v.token().lineOffset() == 0 ? Math.max(column, 0) + v.token().column() : v.token().column();
                problems.add(Problem.error(file, at, col, v.message()));
            }
        }

        List<Problem> problems() {
            return problems;
        }
    }
}
