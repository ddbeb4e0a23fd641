package org.jifen.engine.sandbox;

import java.util.Set;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;

/** Walks a rule's conditions and checks every pattern, constraint and source. */
final class ConditionWalker {

    private static final Pattern PROPERTY_PATH = Pattern.compile("\\s*\\$?[\\w$]+(\\s*\\.\\s*[\\w$]+)+\\s*");
    private static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "sum", "min", "max", "average",
            "collectList", "collectSet");

    private final DrlSandbox.Findings findings;

    ConditionWalker(DrlSandbox.Findings findings) {
        this.findings = findings;
    }

    void walk(BaseDescr descr) {
        if (descr instanceof AndDescr and) {
            and.getDescrs().forEach(d -> walk((BaseDescr) d));
        } else if (descr instanceof OrDescr or) {
            or.getDescrs().forEach(d -> walk((BaseDescr) d));
        } else if (descr instanceof NotDescr not) {
            not.getDescrs().forEach(d -> walk((BaseDescr) d));
        } else if (descr instanceof ExistsDescr exists) {
            exists.getDescrs().forEach(d -> walk((BaseDescr) d));
        } else if (descr instanceof ForallDescr forall) {
            forall.getDescrs().forEach(d -> walk((BaseDescr) d));
        } else if (descr instanceof PatternDescr pattern) {
            pattern(pattern);
        } else if (descr instanceof EvalDescr) {
            findings.add(descr, "eval is not allowed; write the condition inside a pattern");
        } else {
            findings.add(descr, "this kind of condition is not allowed: " + descr.getClass().getSimpleName());
        }
    }

    private void pattern(PatternDescr pattern) {
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (constraint instanceof ExprConstraintDescr expr) {
                findings.fragment(expr, expr.getExpression(), ExpressionCheck.Place.CONDITION);
            } else if (constraint instanceof BindingDescr binding) {
                findings.fragment(binding, binding.getExpression(), ExpressionCheck.Place.CONDITION);
            } else {
                findings.fragment(constraint, constraint.getText(), ExpressionCheck.Place.CONDITION);
            }
        }
        PatternSourceDescr source = pattern.getSource();
        if (source == null) {
            return;
        }
        if (source instanceof FromDescr from) {
            String expression = from.getDataSource() == null ? "" : from.getDataSource().getText();
            if (!PROPERTY_PATH.matcher(expression).matches()) {
                findings.add(pattern, "from may only read a fact's property, such as from $m.roles; got: " + expression);
            } else {
                findings.fragment(pattern, expression, ExpressionCheck.Place.CONDITION);
            }
        } else if (source instanceof AccumulateDescr accumulate) {
            accumulate(pattern, accumulate);
        } else if (source instanceof CollectDescr collect) {
            walk(collect.getInputPattern());
        } else {
            findings.add(pattern, "this pattern source is not allowed: " + source.getClass().getSimpleName());
        }
    }

    private void accumulate(PatternDescr pattern, AccumulateDescr accumulate) {
        if (!accumulate.isExternalFunction() || accumulate.getInitCode() != null || accumulate.getActionCode() != null) {
            findings.add(pattern, "inline accumulate code (init/action/result) is not allowed; use count, sum, min, max or average");
            return;
        }
        for (AccumulateDescr.AccumulateFunctionCallDescr function : accumulate.getFunctions()) {
            if (!ACCUMULATE_FUNCTIONS.contains(function.getFunction())) {
                findings.add(pattern, "accumulate function " + function.getFunction() + " is not allowed");
            }
            for (String param : function.getParams()) {
                findings.fragment(pattern, param, ExpressionCheck.Place.CONDITION);
            }
        }
        if (accumulate.getInput() != null) {
            walk(accumulate.getInput());
        }
    }
}
