package org.jifen.engine.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * One rule: its name, its metadata (the documented annotations, string literals only, read here
 * and never passed on), {@code salience} as an integer literal, its conditions and its consequence.
 */
final class Rules {

    /** The annotations a rule may carry; each takes one string literal. */
    static final Set<String> ANNOTATIONS = Set.of("category", "maxTimes", "maxPoints", "maxDeduct", "programme");
    static final int MAX_NAME = 100;
    static final int MAX_SALIENCE = 10_000;

    private Rules() {
    }

    static CheckedRule check(RuleDescr rule, Source source, Findings findings, Emitted out) {
        if (rule.isQuery()) {
            findings.add(rule, "不能写 query：规则文件里只能写 rule");
            return null;
        }
        String name = rule.getName();
        if (name == null || name.isBlank() || name.length() > MAX_NAME || name.chars().anyMatch(c -> c == '"'
                || c == '\\' || Character.isISOControl(c))) {
            findings.add(rule, "规则名要写 1 到 " + MAX_NAME + " 个字，不能有双引号、反斜杠或换行");
            return null;
        }
        if (rule.getParentName() != null) {
            findings.add(rule, "规则不能 extends 另一条规则");
        }
        if (!rule.getNamedConsequences().isEmpty()) {
            findings.add(rule, Refusals.condition("NamedConsequenceDescr"));
        }
        int when = source.lineOf("when", rule.getLine(), 0);
        Map<String, String> notes = new LinkedHashMap<>();
        Map<String, Integer> noteLines = new LinkedHashMap<>();
        for (AnnotationDescr annotation : rule.getAnnotations()) {
            int line = source.lineOf("@" + annotation.getName(), rule.getLine(), when);
            line = line > 0 ? line : rule.getLine();
            String value = annotation(annotation, line, source, findings);
            if (value != null) {
                notes.put(annotation.getName(), value);
                noteLines.put(annotation.getName(), line);
            }
        }
        out.line("rule " + ExprChecker.quote(name), rule.getLine());
        for (AttributeDescr attribute : rule.getAttributes().values()) {
            salience(attribute, findings, out);
        }
        out.line("when", when);
        Scope scope = Scope.rule();
        if (rule.getLhs() != null) {
            new Conditions(findings, name).top(rule.getLhs(), scope, out);
        }
        int then = Math.max(rule.getConsequenceLine(), rule.getLine());
        out.line("then", then);
        consequence(rule, then, source, scope, findings, out);
        out.line("end", rule.getEndLine() > 0 ? rule.getEndLine() : then);
        return new CheckedRule(name, rule.getLine(), Map.copyOf(notes), Map.copyOf(noteLines));
    }

    private static String annotation(AnnotationDescr annotation, int line, Source source, Findings findings) {
        String name = annotation.getName();
        int column = source.columnOf("@" + name, line) + 1;
        if (!ANNOTATIONS.contains(name)) {
            findings.add(line, column, "不认识的标注 @" + name + "：只能用 @category、@maxTimes、@maxPoints、@maxDeduct、@programme"
                    + Messages.didYouMean(name, ANNOTATIONS));
            return null;
        }
        Map<String, Object> values = annotation.getValueMap();
        Object raw = values.size() == 1 ? values.get("value") : null;
        List<Token> tokens;
        try {
            tokens = raw instanceof String text ? Lexer.tokens(text) : List.of();
        } catch (GrammarException e) {
            tokens = List.of();
        }
        if (tokens.size() != 2 || tokens.get(0).kind() != Token.Kind.STRING) {
            findings.add(line, column, "@" + name + " 的值只能是英文双引号里的一段文字，例如 @" + name + "(\""
                    + (name.equals("category") ? "平安建设" : "3/WEEK") + "\")");
            return null;
        }
        return tokens.get(0).value();
    }

    private static void salience(AttributeDescr attribute, Findings findings, Emitted out) {
        if (!attribute.getName().equals("salience")) {
            findings.add(attribute, "规则属性 " + attribute.getName() + " 不能用：只能写 salience 加一个整数");
            return;
        }
        String value = attribute.getValue() == null ? "" : attribute.getValue().strip();
        boolean negative = value.startsWith("-");
        String digits = negative ? value.substring(1).strip() : value;
        if (!digits.matches("[0-9]{1,5}") || Integer.parseInt(digits) > MAX_SALIENCE) {
            findings.add(attribute, "salience 后面只能写一个整数（-" + MAX_SALIENCE + " 到 " + MAX_SALIENCE + "），例如 salience 10");
            return;
        }
        out.line("salience " + (negative ? "-" : "") + Integer.parseInt(digits), attribute.getLine());
    }

    private static void consequence(RuleDescr rule, int then, Source source, Scope scope, Findings findings, Emitted out) {
        if (!(rule.getConsequence() instanceof String text) || text.isBlank()) {
            return;
        }
        String body = text.stripLeading();
        String first = body.lines().findFirst().orElse("").strip();
        int line = source.lineOf(first, then, 0);
        line = line > 0 ? line : then;
        Consequences.emit(body, line, source.columnOf(first, line), scope, findings, out);
    }
}
