package org.jifen.engine.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.PatternDescr;

/**
 * {@code $n : Number( … ) from accumulate( <fact patterns>, count|sum|min|max( <expression> ) )}:
 * one function, no inline code, fact patterns only as input.
 */
final class Accumulates {

    private static final Set<String> FUNCTIONS = Set.of("count", "sum", "min", "max");

    private Accumulates() {
    }

    static String emit(PatternDescr pattern, AccumulateDescr accumulate, Scope scope, Findings findings,
            Conditions conditions) {
        if (!accumulate.isExternalFunction() || accumulate.getInitCode() != null || accumulate.getActionCode() != null
                || accumulate.getResultCode() != null || accumulate.getReverseCode() != null
                || accumulate.getFunctions().size() != 1) {
            findings.add(pattern, "accumulate 只能用一个 count、sum、min 或 max，不能写 init/action/result 代码");
            return null;
        }
        AccumulateDescr.AccumulateFunctionCallDescr function = accumulate.getFunctions().get(0);
        if (!FUNCTIONS.contains(function.getFunction()) || function.getBind() != null
                || function.getParams().length != 1) {
            findings.add(pattern, "accumulate 只能用 count( $t )、sum( … )、min( … ) 或 max( … ) 之一，结果写在 $n : Number( … ) 里");
            return null;
        }
        Scope inner = scope.nested();
        List<String> inputs = new ArrayList<>();
        BaseDescr input = accumulate.getInput();
        List<? extends BaseDescr> parts = input instanceof AndDescr and ? and.getDescrs() : List.of(input);
        for (BaseDescr part : parts) {
            if (!(part instanceof PatternDescr p) || p.getSource() != null) {
                findings.add(part == null ? pattern : part, "accumulate 里只能写事实，例如 $t : Tally( period == \"WEEK\" )");
                return null;
            }
            inputs.add(conditions.element(part, inner));
        }
        if (inputs.isEmpty() || inputs.contains(null)) {
            return null;
        }
        String param = function.getParams()[0];
        try {
            Expr expr = new ExprParser(param).expression();
            ExprChecker.Typed typed = ExprChecker.check(expr, new Scope(null, inner.vars(), false));
            if (function.getFunction().equals("count")) {
                if (!(expr instanceof Expr.Name)) {
                    throw new GrammarException(expr.at(), "count 里写 accumulate 中绑定的事实变量，例如 count( $t )");
                }
            } else {
                ExprChecker.expectType(typed, Type.INT, expr.at());
            }
            return " from accumulate( " + String.join(" and ", inputs) + ", " + function.getFunction() + "( "
                    + typed.text() + " ) )";
        } catch (GrammarException e) {
            findings.add(pattern.getLine(), 0, e);
            return null;
        }
    }
}
