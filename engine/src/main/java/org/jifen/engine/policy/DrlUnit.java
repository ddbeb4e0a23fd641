package org.jifen.engine.policy;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
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
        for (RuleDescr rule : descr.getRules()) {
            if (rule.getLhs() != null && matches(rule.getLhs(), factType)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(BaseDescr descr, String factType) {
        if (descr instanceof PatternDescr pattern) {
            String type = pattern.getObjectType();
            return type != null && (type.equals(factType) || type.endsWith("." + factType))
                    || pattern.getSource() instanceof ConditionalElementDescr source && matches((BaseDescr) source, factType);
        }
        if (descr instanceof ConditionalElementDescr element) {
            return element.getDescrs().stream().anyMatch(child -> matches((BaseDescr) child, factType));
        }
        return false;
    }

    /** The evidence types this file's rules test with {@code type == "..."}. */
    Set<String> evidenceTypes() {
        Set<String> types = new TreeSet<>();
        for (RuleDescr rule : descr.getRules()) {
            if (rule.getLhs() != null) {
                collectTypes(rule.getLhs(), types);
            }
        }
        return types;
    }

    private static void collectTypes(BaseDescr descr, Set<String> types) {
        if (descr instanceof PatternDescr pattern) {
            if (pattern.getObjectType() != null && pattern.getObjectType().endsWith("Evidence")) {
                for (BaseDescr constraint : pattern.getDescrs()) {
                    if (constraint instanceof ExprConstraintDescr expr) {
                        Matcher m = TYPE_TEST.matcher(expr.getExpression());
                        while (m.find()) {
                            types.add(m.group(1));
                        }
                    }
                }
            }
        } else if (descr instanceof ConditionalElementDescr element) {
            element.getDescrs().forEach(child -> collectTypes((BaseDescr) child, types));
        }
    }
}
