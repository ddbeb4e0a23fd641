package org.jifen.engine.sandbox;

import java.util.List;

/** The syntax tree of one expression of the rule grammar; {@code at} is where it starts. */
sealed interface Expr {

    Token at();

    /** An integer, string, {@code true}/{@code false} or {@code null}. */
    record Literal(Type type, Object value, Token at) implements Expr {
    }

    /** A bare name: a property of the pattern's fact, a bound {@code $variable}, {@code this}, or a class. */
    record Name(String name, Token at) implements Expr {
    }

    /** {@code target.name} or {@code target.name(args)}; {@code args} is null without parentheses. */
    record Access(Expr target, String name, List<Expr> args, Token at) implements Expr {
    }

    /** A call without a target, {@code attr("k")}: a method of the pattern's fact. */
    record Call(String name, List<Expr> args, Token at) implements Expr {
    }

    record Unary(String op, Expr operand, Token at) implements Expr {
    }

    record Binary(String op, Expr left, Expr right, Token at) implements Expr {
    }

    record Ternary(Expr condition, Expr then, Expr otherwise, Token at) implements Expr {
    }

    /** {@code left in (values)} or {@code left not in (values)}; the values are literals. */
    record In(Expr left, boolean negated, List<Expr> values, Token at) implements Expr {
    }

    /** Drools' {@code left contains right} (or {@code not contains}) over a collection. */
    record Contains(Expr left, boolean negated, Expr right, Token at) implements Expr {
    }
}
