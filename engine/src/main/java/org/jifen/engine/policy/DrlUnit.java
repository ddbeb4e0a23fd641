package org.jifen.engine.policy;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.kie.internal.io.ResourceFactory;

/** One DRL file, parsed by Drools and given the facts' imports and the {@code award} global. */
record DrlUnit(String file, String text, PackageDescr descr) {

    private static final Pattern TYPE_TEST = Pattern.compile("\\btype\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern KEY_TEST = Pattern.compile("\\bkey\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern TYPE_USE = Pattern.compile("(?<![\\w$.\"])(type)\\b");
    private static final Pattern KEY_USE = Pattern.compile("(?<![\\w$.\"])(key)\\b");

    /** Parses {@code text}; parser errors are added to {@code problems} and yield null. */
    static DrlUnit parse(String file, String text, List<Problem> problems) {
        DrlParser parser = new DrlParser();
        PackageDescr descr;
        try {
            descr = parser.parse(ResourceFactory.newByteArrayResource(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .setSourcePath(file), new StringReader(text));
        } catch (DroolsParserException e) {
            problems.add(Problem.error(file, e.getLineNumber(), e.getColumn(), e.getMessage()));
            return null;
        }
        if (parser.hasErrors() || descr == null) {
            for (DroolsError error : parser.getErrors()) {
                int line = error.getLines().length > 0 ? error.getLines()[0] : 0;
                int column = error instanceof ParserError pe ? pe.getCol() : 0;
                problems.add(Problem.error(file, line, column, CompileErrors.plain(error.getMessage())));
            }
            return null;
        }
        return new DrlUnit(file, text, descr);
    }

    /** Adds what rule authors may leave out: the facts' import and the award global. */
    void supplyImportsAndGlobal() {
        if (descr.getImports().stream().noneMatch(i -> i.getTarget().equals("org.jifen.facts.*"))) {
            descr.addImport(new ImportDescr("org.jifen.facts.*"));
        }
        if (descr.getGlobals().stream().noneMatch(g -> g.getIdentifier().equals("award"))) {
            descr.addGlobal(new GlobalDescr("award", "org.jifen.facts.Awards"));
        }
    }

    /**
     * The 1-based line where a rule's consequence text starts: Drools reports the line of
     * {@code then} and strips the text's leading white space.
     */
    int consequenceStart(RuleDescr rule) {
        String consequence = rule.getConsequence() instanceof String c ? c.strip() : "";
        String[] lines = text.split("\n", -1);
        int then = Math.max(rule.getConsequenceLine(), 1);
        if (consequence.isEmpty()) {
            return then;
        }
        String first = consequence.lines().findFirst().orElse("").strip();
        for (int i = then - 1; i < lines.length; i++) {
            if (lines[i].contains(first)) {
                return i + 1;
            }
        }
        return then;
    }

    /** Whether any rule of this file matches a fact of the given simple type name. */
    boolean matches(String factType) {
        return patterns().stream().anyMatch(p -> isOf(p, factType));
    }

    /** The evidence types this file's rules test with {@code type == "..."}. */
    Set<String> evidenceTypes() {
        Set<String> types = new TreeSet<>();
        for (PatternDescr pattern : patterns()) {
            if (isOf(pattern, "Evidence")) {
                literals(pattern, TYPE_TEST, types);
            }
        }
        return types;
    }

    /**
     * The Tally keys this file's rules can match: the literal {@code key == "..."} values, or null
     * when some Tally pattern has no such test or uses {@code key} any other way (then every key may).
     */
    Set<String> tallyKeys() {
        return literalValues("Tally", KEY_TEST, KEY_USE);
    }

    /**
     * The evidence types this file's Streak patterns can match: the literal {@code type == "..."}
     * values (empty when no rule matches a Streak), or null when some Streak pattern has no such test
     * or uses {@code type} any other way (then every type may).
     */
    Set<String> streakTypes() {
        return literalValues("Streak", TYPE_TEST, TYPE_USE);
    }

    /**
     * The literal values {@code test} finds in the patterns of {@code factType}, or null when one
     * of those patterns has no such test or uses the field otherwise ({@code use} finds more).
     */
    private Set<String> literalValues(String factType, Pattern test, Pattern use) {
        Set<String> values = new TreeSet<>();
        for (PatternDescr pattern : patterns()) {
            if (!isOf(pattern, factType)) {
                continue;
            }
            int tests = literals(pattern, test, values);
            if (tests == 0 || tests != literals(pattern, use, new TreeSet<>())) {
                return null;
            }
        }
        return values;
    }

    private static boolean isOf(PatternDescr pattern, String factType) {
        String type = pattern.getObjectType();
        return type != null && (type.equals(factType) || type.endsWith("." + factType));
    }

    private static int literals(PatternDescr pattern, Pattern test, Set<String> into) {
        int found = 0;
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (constraint instanceof ExprConstraintDescr expr) {
                Matcher m = test.matcher(expr.getExpression());
                while (m.find()) {
                    into.add(m.group(1));
                    found++;
                }
            }
        }
        return found;
    }

    /** Every pattern of every rule, including those inside not, exists, or, accumulate and collect. */
    List<PatternDescr> patterns() {
        List<PatternDescr> patterns = new java.util.ArrayList<>();
        for (RuleDescr rule : descr.getRules()) {
            if (rule.getLhs() != null) {
                collect(rule.getLhs(), patterns);
            }
        }
        return patterns;
    }

    private static void collect(BaseDescr descr, List<PatternDescr> patterns) {
        if (descr instanceof PatternDescr pattern) {
            patterns.add(pattern);
            if (pattern.getSource() instanceof AccumulateDescr accumulate && accumulate.getInput() != null) {
                collect(accumulate.getInput(), patterns); // from accumulate( $t : Tally( … ), … )
            } else if (pattern.getSource() instanceof CollectDescr collect && collect.getInputPattern() != null) {
                collect(collect.getInputPattern(), patterns);
            } else if (pattern.getSource() instanceof ConditionalElementDescr source) {
                collect((BaseDescr) source, patterns);
            }
        } else if (descr instanceof ConditionalElementDescr element) {
            element.getDescrs().forEach(child -> collect((BaseDescr) child, patterns));
        }
    }
}
