package org.jifen.engine.sandbox;

import java.util.List;

/** The static members of the grammar: {@code Math.min/max/abs} and the enum and status constants. */
final class Statics {

    private Statics() {
    }

    static ExprChecker.Typed member(String type, Expr.Access a, List<ExprChecker.Typed> args) {
        String name = a.name();
        if (type.equals("Math")) {
            if (args == null || !Vocabulary.MATH.contains(name)) {
                throw new GrammarException(a.at(), "Math 只能用 Math.min(a, b)、Math.max(a, b) 和 Math.abs(a)");
            }
            int wanted = name.equals("abs") ? 1 : 2;
            if (args.size() != wanted) {
                throw new GrammarException(a.at(), "Math." + name + " 要 " + wanted + " 个参数，这里给了 " + args.size() + " 个");
            }
            for (int i = 0; i < args.size(); i++) {
                ExprChecker.expectType(args.get(i), Type.INT, a.args().get(i).at());
            }
            return new ExprChecker.Typed(Type.INT, "Math." + name + "(" + String.join(", ",
                    args.stream().map(ExprChecker.Typed::text).toList()) + ")", true);
        }
        if (args != null) {
            throw new GrammarException(a.at(), "不能调用 " + type + "." + name + "(…)：除了 Math.min/max/abs 不能调用静态方法");
        }
        return switch (type) {
            case "DayOfWeek" -> constant(a, Vocabulary.DAYS, Type.DAY_OF_WEEK, "DayOfWeek." + name);
            case "Month" -> constant(a, Vocabulary.MONTHS, Type.MONTH, "Month." + name);
            default -> constant(a, Vocabulary.STATUSES, Type.STRING, ExprChecker.quote(name));
        };
    }

    private static ExprChecker.Typed constant(Expr.Access a, java.util.Set<String> names, Type type, String text) {
        if (!names.contains(a.name())) {
            throw new GrammarException(a.at(), "没有这个取值“" + a.name() + "”" + Messages.didYouMean(a.name(), names));
        }
        return new ExprChecker.Typed(type, text, true);
    }
}
