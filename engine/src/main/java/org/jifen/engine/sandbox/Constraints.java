package org.jifen.engine.sandbox;

/** One constraint inside a pattern's parentheses: a condition, or a binding {@code $min : minutes}. */
final class Constraints {

    private Constraints() {
    }

    /** The constraint as emitted for Drools; throws GrammarException when the grammar refuses it. */
    static String constraint(String text, Scope scope, String ruleName) {
        ExprParser parser = new ExprParser(text);
        Token first = parser.peek();
        if (first.kind() == Token.Kind.IDENTIFIER && first.text().startsWith("$") && parser.peek(1).is(":")) {
            parser.next();
            parser.next();
            Expr value = parser.ternary();
            parser.expectEnd();
            if (!isPath(value)) {
                throw new GrammarException(value.at(), "绑定只能取一个属性或方法的值，例如 " + first.text()
                        + " : minutes；条件请另写一条，用逗号隔开");
            }
            ExprChecker.Typed typed = ExprChecker.check(value, scope);
            if (!Patterns.VARIABLE.matcher(first.text()).matches()) {
                throw new GrammarException(first, "变量名只能用 $ 加英文字母、数字和 _");
            }
            if (scope.vars().putIfAbsent(first.text(), typed.type()) != null) {
                throw new GrammarException(first, "变量 " + first.text() + " 在规则“" + ruleName + "”里绑定了两次");
            }
            return first.text() + " : " + typed.text();
        }
        Expr condition = parser.expression();
        ExprChecker.Typed typed = ExprChecker.check(condition, scope);
        ExprChecker.expectType(typed, Type.BOOLEAN, condition.at());
        return typed.text();
    }

    private static boolean isPath(Expr expr) {
        if (expr instanceof Expr.Name || expr instanceof Expr.Call) {
            return true;
        }
        return expr instanceof Expr.Access access && isPath(access.target());
    }
}
