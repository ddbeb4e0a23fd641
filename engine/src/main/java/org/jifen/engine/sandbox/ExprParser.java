package org.jifen.engine.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * A recursive-descent parser for the rule grammar's expressions (Java precedence, plus Drools'
 * {@code in}, {@code not in} and {@code contains}). It builds a tree and accepts nothing else:
 * no casts, {@code new}, lambdas, arrays, assignments, class literals or inline lists and maps.
 */
final class ExprParser {

    static final int MAX_TOKENS = 400;
    static final int MAX_DEPTH = 24;

    private final List<Token> tokens;
    private int pos;
    private int depth;

    ExprParser(String text) {
        this.tokens = Lexer.tokens(text);
        if (tokens.size() > MAX_TOKENS) {
            throw new GrammarException(tokens.get(MAX_TOKENS), "这一条写得太长了：最多 " + MAX_TOKENS + " 个词");
        }
    }

    /** One whole expression; anything after it is an error. */
    Expr expression() {
        Expr expr = ternary();
        expectEnd();
        return expr;
    }

    Token peek() {
        return tokens.get(pos);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    Token next() {
        Token token = tokens.get(pos);
        if (token.kind() != Token.Kind.END) {
            pos++;
        }
        return token;
    }

    Token expect(String op, String message) {
        if (!peek().is(op)) {
            String refusal = Refusals.operator(peek().text());
            Token at = peek();
            if (at.kind() == Token.Kind.END && pos > 0) { // report a missing ) or ; right after what came last
                Token last = tokens.get(pos - 1);
                at = new Token(Token.Kind.END, "", "", last.line(), last.column() + last.text().length());
            }
            throw new GrammarException(at, refusal != null ? refusal : message + describe(peek()));
        }
        return next();
    }

    void expectEnd() {
        if (peek().kind() != Token.Kind.END) {
            String refusal = Refusals.operator(peek().text());
            throw new GrammarException(peek(), refusal != null ? refusal
                    : "这里多出了" + describe(peek()).substring(1) + "，这一条到前面就应该结束了");
        }
    }

    Expr ternary() {
        enter();
        Expr condition = or();
        if (peek().is("?")) {
            Token at = next();
            Expr then = ternary();
            expect(":", "条件表达式 a ? b : c 缺少冒号 :");
            Expr otherwise = ternary();
            condition = new Expr.Ternary(condition, then, otherwise, at);
        }
        depth--;
        return condition;
    }

    private Expr or() {
        Expr left = and();
        while (peek().is("||")) {
            Token at = next();
            left = new Expr.Binary("||", left, and(), at);
        }
        return left;
    }

    private Expr and() {
        Expr left = equality();
        while (peek().is("&&")) {
            Token at = next();
            left = new Expr.Binary("&&", left, equality(), at);
        }
        return left;
    }

    private Expr equality() {
        Expr left = relational();
        while (peek().is("==") || peek().is("!=")) {
            Token at = next();
            left = new Expr.Binary(at.text(), left, relational(), at);
        }
        return left;
    }

    private Expr relational() {
        Expr left = additive();
        Token op = peek();
        if (op.is("<") || op.is(">") || op.is("<=") || op.is(">=")) {
            next();
            return new Expr.Binary(op.text(), left, additive(), op);
        }
        boolean negated = op.is("not") && (peek(1).is("in") || peek(1).is("contains"));
        Token word = negated ? peek(1) : op;
        if (word.is("in")) {
            pos += negated ? 2 : 1;
            return new Expr.In(left, negated, literalList(), op);
        }
        if (word.is("contains")) {
            pos += negated ? 2 : 1;
            return new Expr.Contains(left, negated, additive(), op);
        }
        if (op.kind() == Token.Kind.IDENTIFIER) {
            throw new GrammarException(op, "不认识的运算“" + op.text() + "”：条件里可以用 == != > >= < <= in、not in、contains");
        }
        return left;
    }

    private List<Expr> literalList() {
        expect("(", "in 后面要用括号列出取值，例如 in (\"A\", \"B\")，而不是");
        List<Expr> values = new ArrayList<>();
        do {
            Token at = peek();
            Expr value = unary();
            if (!(value instanceof Expr.Literal) && !(value instanceof Expr.Unary u && u.operand() instanceof Expr.Literal)) {
                throw new GrammarException(at, "in (...) 里只能列出具体的值，例如 \"PATROL\" 或 3");
            }
            values.add(value);
        } while (peek().is(",") && next() != null);
        expect(")", "in (...) 缺少右括号 )，却是");
        return values;
    }

    private Expr additive() {
        Expr left = multiplicative();
        while (peek().is("+") || peek().is("-")) {
            Token at = next();
            left = new Expr.Binary(at.text(), left, multiplicative(), at);
        }
        return left;
    }

    private Expr multiplicative() {
        Expr left = unary();
        while (peek().is("*") || peek().is("/") || peek().is("%")) {
            Token at = next();
            left = new Expr.Binary(at.text(), left, unary(), at);
        }
        return left;
    }

    private Expr unary() {
        if (peek().is("!") || peek().is("-")) {
            Token at = next();
            enter();
            Expr operand = unary();
            depth--;
            return new Expr.Unary(at.text(), operand, at);
        }
        return postfix(primary());
    }

    private Expr postfix(Expr expr) {
        while (peek().is(".")) {
            next();
            Token name = next();
            if (name.kind() != Token.Kind.IDENTIFIER) {
                throw new GrammarException(name, "点 . 后面要写属性或方法的名字" + describe(name));
            }
            expr = new Expr.Access(expr, name.text(), peek().is("(") ? arguments() : null, name);
        }
        return expr;
    }

    private List<Expr> arguments() {
        expect("(", "缺少左括号 (");
        List<Expr> args = new ArrayList<>();
        if (!peek().is(")")) {
            do {
                args.add(ternary());
            } while (peek().is(",") && next() != null);
        }
        expect(")", "缺少右括号 )，却是");
        return args;
    }

    private Expr primary() {
        Token token = peek();
        switch (token.kind()) {
            case INTEGER -> {
                next();
                return new Expr.Literal(Type.INT, Integer.parseInt(token.text()), token);
            }
            case STRING -> {
                next();
                return new Expr.Literal(Type.STRING, token.value(), token);
            }
            case IDENTIFIER -> {
                return word(token);
            }
            case END -> throw new GrammarException(token, "这一条没写完：后面还缺少内容");
            default -> {
                if (token.is("(")) {
                    next();
                    Expr inner = ternary();
                    expect(")", "缺少右括号 )，却是");
                    Token after = peek();
                    if (after.kind() == Token.Kind.IDENTIFIER || after.kind() == Token.Kind.STRING
                            || after.kind() == Token.Kind.INTEGER || after.is("(")) {
                        throw new GrammarException(token, "规则里不能做强制类型转换，例如 (Object) x");
                    }
                    return inner;
                }
                String refusal = Refusals.operator(token.text());
                throw new GrammarException(token, refusal != null ? refusal : "这里不应该出现“" + token.text() + "”");
            }
        }
    }

    private Expr word(Token token) {
        next();
        switch (token.text()) {
            case "true", "false" -> {
                return new Expr.Literal(Type.BOOLEAN, Boolean.parseBoolean(token.text()), token);
            }
            case "null" -> {
                return new Expr.Literal(Type.NULL, null, token);
            }
            case "new", "var", "class", "super", "instanceof", "switch", "return", "throw", "import", "function",
                 "eval", "assert" -> throw new GrammarException(token, Refusals.keyword(token.text()));
            default -> {
                if (peek().is("(")) {
                    return new Expr.Call(token.text(), arguments(), token);
                }
                return new Expr.Name(token.text(), token);
            }
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new GrammarException(peek(), "这一条嵌套的括号太多了：最多 " + MAX_DEPTH + " 层");
        }
    }

    static String describe(Token token) {
        return token.kind() == Token.Kind.END ? "：后面什么也没有" : "：“" + token.text() + "”";
    }
}
