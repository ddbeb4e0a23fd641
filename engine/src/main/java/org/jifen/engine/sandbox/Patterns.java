package org.jifen.engine.sandbox;

import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;

/**
 * One fact pattern: its type (a fact of contract §3; {@code String} only {@code from} a member's
 * roles, {@code Number} only from {@code accumulate}), its binding and its constraints, each
 * parsed and type-checked by the grammar and emitted from the checked tree.
 */
final class Patterns {

    static final Pattern VARIABLE = Pattern.compile("\\$[A-Za-z_][A-Za-z0-9_]*");
    static final int MAX_ACCUMULATES = 2;
    private static final List<String> FACTS = List.of("Evidence", "Member", "Village", "Tally", "Streak",
            "HouseholdTally", "Balance", "Standing");

    private final Findings findings;
    private final Conditions conditions;
    private final String ruleName;
    private int count;
    private int froms;
    private int accumulates;

    Patterns(Findings findings, Conditions conditions, String ruleName) {
        this.findings = findings;
        this.conditions = conditions;
        this.ruleName = ruleName;
    }

    int count() {
        return count;
    }

    String pattern(PatternDescr pattern, Scope scope) {
        count++;
        String type = pattern.getObjectType() == null ? "" : pattern.getObjectType();
        PatternSourceDescr source = pattern.getSource();
        if (pattern.isQuery() || !pattern.getBehaviors().isEmpty()) {
            findings.add(pattern, "不能使用查询或时间窗口");
            return null;
        }
        Type factType;
        String sourceText = "";
        if (source == null) {
            factType = Type.fact(type);
            if (factType == null) {
                findings.add(pattern, "不认识的事实“" + type + "”：只能用 Evidence、Member、Village、Tally、Streak、HouseholdTally、Balance、Standing"
                        + Messages.didYouMean(type, FACTS));
                return null;
            }
            type = type.substring(type.lastIndexOf('.') + 1);
        } else if (source instanceof FromDescr from && type.equals("String")) {
            factType = Type.STRING;
            sourceText = from(pattern, from, scope);
        } else if (source instanceof AccumulateDescr accumulate && type.equals("Number")) {
            factType = Type.NUMBER;
            sourceText = accumulate(pattern, accumulate, scope);
        } else {
            findings.add(pattern, source instanceof FromDescr || source instanceof AccumulateDescr
                    ? "from 只能写成 String( … ) from $m.roles，accumulate 只能写成 $n : Number( … ) from accumulate( … )"
                    : Refusals.condition(source.getClass().getSimpleName()));
            return null;
        }
        if (sourceText == null) {
            return null;
        }
        String constraints = constraints(pattern, scope.inPattern(factType));
        String binding = bind(pattern, pattern.getIdentifier(), factType, scope); // bound even when refused: no follow-on errors
        return constraints == null ? null : binding + type + "( " + constraints + " )" + sourceText;
    }

    private String bind(BaseDescr at, String variable, Type type, Scope scope) {
        if (variable == null || variable.isEmpty()) {
            return "";
        }
        if (!VARIABLE.matcher(variable).matches()) {
            findings.add(at, "变量名要以 $ 开头，只用英文字母、数字和 _，例如 $e；不能用“" + variable + "”");
            return "";
        }
        if (scope.vars().putIfAbsent(variable, type) != null) {
            findings.add(at, "变量 " + variable + " 在规则“" + ruleName + "”里绑定了两次");
        }
        return variable + " : ";
    }

    private String constraints(PatternDescr pattern, Scope scope) {
        StringJoiner out = new StringJoiner(", ");
        boolean ok = true;
        for (BaseDescr constraint : pattern.getDescrs()) {
            String text;
            if (constraint instanceof ExprConstraintDescr expr && expr.getType() == ExprConstraintDescr.Type.NAMED) {
                text = expr.getExpression();
            } else if (constraint instanceof BindingDescr binding) {
                text = binding.getVariable() + " : " + binding.getExpression();
            } else {
                findings.add(constraint, "这种条件写法不允许：请写成 属性 比较 值，例如 minutes >= 60");
                ok = false;
                continue;
            }
            try {
                out.add(Constraints.constraint(text, scope, ruleName));
            } catch (GrammarException e) {
                findings.add(constraint.getLine(), constraint.getColumn(), e);
                ok = false;
            }
        }
        return ok ? out.toString() : null;
    }

    private String from(PatternDescr pattern, FromDescr from, Scope scope) {
        if (++froms > 1) {
            findings.add(pattern, "一条规则里 from 最多用一次");
            return null;
        }
        String text = from.getDataSource() == null ? "" : from.getDataSource().getText();
        try {
            Expr expr = new ExprParser(text).expression();
            if (expr instanceof Expr.Access access && access.target() instanceof Expr.Name name
                    && scope.vars().get(name.name()) == Type.MEMBER && access.name().equals("roles")
                    && (access.args() == null || access.args().isEmpty())) {
                return " from " + name.name() + ".roles()";
            }
        } catch (GrammarException e) {
            // reported below, as for any other source
        }
        findings.add(pattern, "from 只能读成员的角色，例如 String( this == \"PARTY_MEMBER\" ) from $m.roles；不能写“" + text + "”");
        return null;
    }

    private String accumulate(PatternDescr pattern, AccumulateDescr accumulate, Scope scope) {
        if (++accumulates > MAX_ACCUMULATES) {
            findings.add(pattern, "一条规则里 accumulate 最多用 " + MAX_ACCUMULATES + " 次");
            return null;
        }
        return Accumulates.emit(pattern, accumulate, scope, findings, conditions);
    }
}
