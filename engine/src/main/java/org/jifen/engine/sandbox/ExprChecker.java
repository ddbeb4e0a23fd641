package org.jifen.engine.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Type-checks an expression tree against the {@link Vocabulary} and emits the text Drools gets:
 * a constraint, or Java for a consequence argument. Whatever it cannot type is refused, so the
 * emitted text only ever reads facts, computes and compares.
 */
final class ExprChecker {

    /** A checked expression: its type and the text emitted for it. */
    record Typed(Type type, String text, boolean simple) {
    }

    private ExprChecker() {
    }

    static Typed check(Expr expr, Scope scope) {
        if (expr instanceof Expr.Literal l) {
            return literal(l);
        } else if (expr instanceof Expr.Name n) {
            return name(n, scope);
        } else if (expr instanceof Expr.Call c) {
            return call(c, scope);
        } else if (expr instanceof Expr.Access a) {
            return access(a, scope);
        } else if (expr instanceof Expr.Unary u) {
            return unary(u, scope);
        } else if (expr instanceof Expr.Binary b) {
            return binary(b, scope);
        } else if (expr instanceof Expr.Ternary t) {
            return ternary(t, scope);
        } else if (expr instanceof Expr.In in) {
            return in(in, scope);
        }
        return contains((Expr.Contains) expr, scope);
    }

    static String quote(String value) {
        return '"' + value.replace("\"", "\\\"") + '"';
    }

    private static Typed literal(Expr.Literal l) {
        String text = switch (l.type()) {
            case STRING -> quote((String) l.value());
            case NULL -> "null";
            default -> String.valueOf(l.value());
        };
        return new Typed(l.type(), text, true);
    }

    private static Typed name(Expr.Name n, Scope scope) {
        String name = n.name();
        if (name.startsWith("$")) {
            Type type = scope.vars().get(name);
            if (type == null) {
                throw new GrammarException(n.at(), "变量 " + name + " 还没有绑定：请先在条件里写 " + name + " : …"
                        + Messages.didYouMean(name, scope.vars().keySet()));
            }
            return new Typed(type, name, true);
        }
        if (name.equals("this") && scope.pattern() == Type.STRING) {
            return new Typed(Type.STRING, "this", true);
        }
        if (name.equals("Math") || name.equals("DayOfWeek") || name.equals("Month") || name.equals("Evidence")) {
            return new Typed(Type.CLASS, name, true);
        }
        if (Character.isUpperCase(name.charAt(0)) || name.contains(".")) {
            throw new GrammarException(n.at(), "不能使用“" + name + "”：规则里只能用 Math、DayOfWeek、Month 和事实本身，不能用其他类");
        }
        if (scope.pattern() != null) {
            Vocabulary.Entry entry = Vocabulary.find(scope.pattern(), name, false);
            if (entry != null) {
                return new Typed(entry.result(), entry.property(), true);
            }
            throw unknown(n.at(), scope.pattern(), name);
        }
        throw new GrammarException(n.at(), "不认识“" + name + "”：这里只能用绑定的变量（例如 $e）、数字和英文双引号里的文字"
                + Messages.didYouMean(name, scope.vars().keySet()));
    }

    private static Typed call(Expr.Call c, Scope scope) {
        if (scope.pattern() == null) {
            throw new GrammarException(c.at(), scope.java()
                    ? "这里只能写 award.grant(…) 或 award.deduct(…)，不能调用“" + c.name() + "(…)”"
                    : "不认识的方法“" + c.name() + "(…)”");
        }
        Vocabulary.Entry entry = Vocabulary.find(scope.pattern(), c.name(), true);
        if (entry == null) {
            throw unknown(c.at(), scope.pattern(), c.name());
        }
        return new Typed(entry.result(), entry.java() + arguments(entry, c.args(), c.at(), scope), true);
    }

    private static Typed access(Expr.Access a, Scope scope) {
        Typed target = check(a.target(), scope);
        boolean call = a.args() != null;
        if (target.type() == Type.CLASS) {
            return Statics.member(target.text(), a, call ? args(a.args(), scope) : null);
        }
        Vocabulary.Entry entry = Vocabulary.find(target.type(), a.name(), call);
        if (entry == null) {
            if (Vocabulary.find(target.type(), a.name(), !call) != null) {
                throw new GrammarException(a.at(), call ? "“" + a.name() + "”是属性，后面不要加括号"
                        : "“" + a.name() + "”是方法，后面要加括号，例如 " + a.name() + "(…)");
            }
            throw unknown(a.at(), target.type(), a.name());
        }
        String args = arguments(entry, call ? a.args() : List.of(), a.at(), scope);
        return new Typed(entry.result(), target.text() + "." + entry.java() + args, true);
    }

    private static String arguments(Vocabulary.Entry entry, List<Expr> args, Token at, Scope scope) {
        if (args.size() != entry.params().size()) {
            throw new GrammarException(at, "“" + (entry.method() != null ? entry.method() : entry.property()) + "”要 "
                    + entry.params().size() + " 个参数，这里给了 " + args.size() + " 个");
        }
        StringJoiner out = new StringJoiner(", ", "(", ")");
        for (int i = 0; i < args.size(); i++) {
            Typed arg = check(args.get(i), scope);
            expectType(arg, entry.params().get(i), args.get(i).at());
            out.add(arg.text());
        }
        return out.toString();
    }

    static List<Typed> args(List<Expr> args, Scope scope) {
        List<Typed> typed = new ArrayList<>();
        args.forEach(a -> typed.add(check(a, scope)));
        return typed;
    }

    private static Typed unary(Expr.Unary u, Scope scope) {
        Typed operand = check(u.operand(), scope);
        Type wanted = u.op().equals("!") ? Type.BOOLEAN : Type.INT;
        expectType(operand, wanted, u.operand().at());
        return new Typed(wanted, u.op() + wrap(operand), false);
    }

    private static Typed binary(Expr.Binary b, Scope scope) {
        Typed left = check(b.left(), scope);
        Typed right = check(b.right(), scope);
        return switch (b.op()) {
            case "&&", "||" -> {
                expectType(left, Type.BOOLEAN, b.left().at());
                expectType(right, Type.BOOLEAN, b.right().at());
                yield new Typed(Type.BOOLEAN, wrap(left) + " " + b.op() + " " + wrap(right), false);
            }
            case "+" -> left.type() == Type.STRING || right.type() == Type.STRING ? concat(left, right, b)
                    : arithmetic(left, right, b);
            case "-", "*", "/", "%" -> arithmetic(left, right, b);
            case "<", ">", "<=", ">=" -> {
                expectType(left, Type.INT, b.left().at());
                expectType(right, Type.INT, b.right().at());
                yield new Typed(Type.BOOLEAN, wrap(left) + " " + b.op() + " " + wrap(right), false);
            }
            default -> Comparisons.equality(b, left, right, scope);
        };
    }

    private static Typed arithmetic(Typed left, Typed right, Expr.Binary b) {
        expectType(left, Type.INT, b.left().at());
        expectType(right, Type.INT, b.right().at());
        return new Typed(Type.INT, wrap(left) + " " + b.op() + " " + wrap(right), false);
    }

    private static Typed concat(Typed left, Typed right, Expr.Binary b) {
        for (Typed side : List.of(left, right)) {
            if (side.type().isFact() || side.type() == Type.CLASS || side.type() == Type.NULL
                    || side.type() == Type.STRING_SET || side.type() == Type.STRING_MAP) {
                throw new GrammarException(b.at(), "“+”只能把文字和数字、日期连接起来，不能连接" + side.type().label());
            }
        }
        return new Typed(Type.STRING, wrap(left) + " + " + wrap(right), false);
    }

    private static Typed ternary(Expr.Ternary t, Scope scope) {
        Typed condition = check(t.condition(), scope);
        expectType(condition, Type.BOOLEAN, t.condition().at());
        Typed then = check(t.then(), scope);
        Typed otherwise = check(t.otherwise(), scope);
        Type type = Comparisons.common(then.type(), otherwise.type());
        if (type == null) {
            throw new GrammarException(t.at(), "a ? b : c 的两个结果类型要一样：" + then.type().label() + " 和 "
                    + otherwise.type().label());
        }
        return new Typed(type, "(" + wrap(condition) + " ? " + wrap(then) + " : " + wrap(otherwise) + ")", true);
    }

    private static Typed in(Expr.In in, Scope scope) {
        conditionOnly(in.at(), scope, in.negated() ? "not in" : "in");
        Typed left = check(in.left(), scope);
        StringJoiner values = new StringJoiner(", ", "(", ")");
        for (Expr value : in.values()) {
            Typed typed = check(value, scope);
            expectType(typed, left.type(), value.at());
            values.add(typed.text());
        }
        return new Typed(Type.BOOLEAN, wrap(left) + (in.negated() ? " not in " : " in ") + values, false);
    }

    private static Typed contains(Expr.Contains c, Scope scope) {
        conditionOnly(c.at(), scope, "contains");
        Typed left = check(c.left(), scope);
        if (left.type() != Type.STRING_SET && left.type() != Type.STRING) {
            throw new GrammarException(c.at(), "contains 的左边要是文字集合（例如 roles）或文字，却是" + left.type().label());
        }
        Typed right = check(c.right(), scope);
        expectType(right, Type.STRING, c.right().at());
        return new Typed(Type.BOOLEAN, wrap(left) + (c.negated() ? " not contains " : " contains ") + wrap(right), false);
    }

    private static void conditionOnly(Token at, Scope scope, String word) {
        if (scope.java()) {
            throw new GrammarException(at, word + " 只能用在条件（when）里");
        }
    }

    static void expectType(Typed typed, Type wanted, Token at) {
        if (typed.type() != wanted && !(typed.type() == Type.NULL && wanted.isReference())) {
            throw new GrammarException(at, "这里要" + wanted.label() + "，却写了" + typed.type().label()
                    + ("INT".equals(wanted.name()) && typed.type() == Type.STRING ? "（数字不要加引号）" : ""));
        }
    }

    static String wrap(Typed typed) {
        return typed.simple() ? typed.text() : "(" + typed.text() + ")";
    }

    private static GrammarException unknown(Token at, Type type, String name) {
        return new GrammarException(at, type.label() + " 没有“" + name + "”" + Messages.didYouMean(name, Vocabulary.names(type))
                + (Messages.didYouMean(name, Vocabulary.names(type)).isEmpty() ? "；可以用：" + String.join("、", Vocabulary.names(type)) : ""));
    }
}
