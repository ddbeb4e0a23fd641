package org.jifen.engine.sandbox;

/** {@code ==} and {@code !=}: same types, or a reference and {@code null}; strings compare by value. */
final class Comparisons {

    private Comparisons() {
    }

    static ExprChecker.Typed equality(Expr.Binary b, ExprChecker.Typed left, ExprChecker.Typed right, Scope scope) {
        Type type = common(left.type(), right.type());
        if (type == null || type.isFact() || type == Type.CLASS) {
            throw new GrammarException(b.at(), "不能比较" + left.type().label() + "和" + right.type().label()
                    + (left.type() == Type.INT && right.type() == Type.STRING ? "（数字不要加引号）" : ""));
        }
        boolean nullTest = left.type() == Type.NULL || right.type() == Type.NULL;
        if (scope.java() && type == Type.STRING && !nullTest) {
            // Java's == compares references: emit a null-safe equals that the grammar itself accepts
            String l = ExprChecker.wrap(left);
            String equals = "((" + l + " == null) ? (" + ExprChecker.wrap(right) + " == null) : " + l + ".equals("
                    + right.text() + "))";
            return new ExprChecker.Typed(Type.BOOLEAN, b.op().equals("==") ? equals : "!" + equals, true);
        }
        if (scope.java() && !nullTest && (type == Type.DATE || type == Type.DATE_TIME || type == Type.STRING_SET
                || type == Type.STRING_MAP || type == Type.NUMBER)) {
            throw new GrammarException(b.at(), "then 里不能用 == 比较" + type.label() + "：请把这个条件写到 when 里");
        }
        return new ExprChecker.Typed(Type.BOOLEAN, ExprChecker.wrap(left) + " " + b.op() + " " + ExprChecker.wrap(right), false);
    }

    /** The type both sides share, or null. */
    static Type common(Type a, Type b) {
        if (a == b) {
            return a;
        }
        if (a == Type.NULL && b.isReference()) {
            return b;
        }
        if (b == Type.NULL && a.isReference()) {
            return a;
        }
        return null;
    }
}
