package org.jifen.engine.sandbox;

import java.util.ArrayList;
import java.util.List;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;

/**
 * Walks a rule's conditions ({@code when}): facts, {@code not}, {@code exists}, {@code and},
 * {@code or}, and, through {@link Patterns}, {@code from} and {@code accumulate}. Emits each
 * condition it accepts; anything else is a finding.
 */
final class Conditions {

    static final int MAX_PATTERNS = 8;

    private final Findings findings;
    private final Patterns patterns;

    Conditions(Findings findings, String ruleName) {
        this.findings = findings;
        this.patterns = new Patterns(findings, this, ruleName);
    }

    /** The top-level conditions of a rule, one emitted line each; bindings land in {@code scope}. */
    void top(AndDescr lhs, Scope scope, Emitted out) {
        for (BaseDescr child : lhs.getDescrs()) {
            String text = element(child, scope);
            if (text != null) {
                out.line("    " + text, child.getLine());
            }
        }
        if (patterns.count() > MAX_PATTERNS) {
            findings.add(lhs, "一条规则最多写 " + MAX_PATTERNS + " 个事实条件，这里有 " + patterns.count() + " 个");
        }
    }

    /** One condition element as DRL text, or null when refused. */
    String element(BaseDescr descr, Scope scope) {
        if (descr instanceof PatternDescr pattern) {
            return patterns.pattern(pattern, scope);
        }
        if (descr instanceof NotDescr not) {
            String inner = group(not.getDescrs(), scope.nested(), " and ");
            return inner == null ? null : "not ( " + inner + " )";
        }
        if (descr instanceof ExistsDescr exists) {
            String inner = group(exists.getDescrs(), scope.nested(), " and ");
            return inner == null ? null : "exists ( " + inner + " )";
        }
        if (descr instanceof AndDescr and) {
            String inner = group(and.getDescrs(), scope, " and ");
            return inner == null ? null : "( " + inner + " )";
        }
        if (descr instanceof OrDescr or) {
            List<String> branches = new ArrayList<>();
            for (BaseDescr branch : or.getDescrs()) {
                branches.add(element(branch, scope.nested()));
            }
            return branches.contains(null) ? null : "( " + String.join(" or ", branches) + " )";
        }
        findings.add(descr, Refusals.condition(descr.getClass().getSimpleName()));
        return null;
    }

    private String group(List<? extends BaseDescr> children, Scope scope, String joiner) {
        if (children.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (BaseDescr child : children) {
            parts.add(element(child, scope));
        }
        return parts.contains(null) ? null : String.join(joiner, parts);
    }
}
