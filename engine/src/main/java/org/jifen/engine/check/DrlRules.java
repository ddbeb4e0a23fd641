package org.jifen.engine.check;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.jifen.engine.policy.PolicySource;
import org.jifen.engine.policy.RuleSpec;

/** The DRL rules of a bundle as the checks see them: name, place, category, consequence, and the simple ones' type. */
final class DrlRules {

    private static final Pattern TYPE = Pattern.compile("\\s*type\\s*==\\s*\"([^\"]+)\"\\s*");
    private static final Pattern NEUTRAL = Pattern.compile(
            "\\s*(approved|approved\\s*==\\s*true|status\\s*==\\s*\"APPROVED\"|status\\s*!=\\s*\"REJECTED\")\\s*");

    /** One rule: {@code simpleType} is set when it awards for every approved evidence of that type. */
    record Rule(String file, int line, String name, String category, String consequence, Optional<String> simpleType) {
    }

    private DrlRules() {
    }

    /** Every rule of every .drl file that parses (those that do not are the compiler's to report). */
    static List<Rule> of(PolicySource source) {
        List<Rule> rules = new ArrayList<>();
        source.files().forEach((file, text) -> {
            if (!file.endsWith(".drl")) {
                return;
            }
            DrlParser parser = new DrlParser();
            PackageDescr descr;
            try {
                descr = parser.parse(org.kie.internal.io.ResourceFactory.newByteArrayResource(
                        text.getBytes(java.nio.charset.StandardCharsets.UTF_8)).setSourcePath(file), new StringReader(text));
            } catch (DroolsParserException e) {
                return;
            }
            if (descr == null || parser.hasErrors()) {
                return;
            }
            for (RuleDescr rule : descr.getRules()) {
                rules.add(new Rule(file, rule.getLine(), rule.getName(), category(rule),
                        rule.getConsequence() instanceof String c ? c : "", simpleType(rule)));
            }
        });
        return rules;
    }

    private static String category(RuleDescr rule) {
        AnnotationDescr note = rule.getAnnotation("category");
        Object value = note == null ? null : note.getSingleValueStripped();
        return value == null ? RuleSpec.DEFAULT_CATEGORY : AnnotationDescr.unquote(String.valueOf(value)).trim();
    }

    /**
     * The evidence type of a rule whose only condition is {@code Evidence( type == "X" )} plus, at most,
     * {@code approved} or a status test that approved evidence passes: it awards for every approved X.
     */
    private static Optional<String> simpleType(RuleDescr rule) {
        if (rule.getLhs() == null || rule.getLhs().getDescrs().size() != 1
                || !(rule.getLhs().getDescrs().get(0) instanceof PatternDescr pattern)
                || !"Evidence".equals(pattern.getObjectType()) || pattern.getSource() != null) {
            return Optional.empty();
        }
        String type = null;
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (!(constraint instanceof ExprConstraintDescr expr)) {
                return Optional.empty();
            }
            for (String part : expr.getExpression().split(",|&&")) {
                Matcher m = TYPE.matcher(part);
                if (m.matches() && type == null) {
                    type = m.group(1);
                } else if (!NEUTRAL.matcher(part).matches()) {
                    return Optional.empty();
                }
            }
        }
        return Optional.ofNullable(type);
    }
}
