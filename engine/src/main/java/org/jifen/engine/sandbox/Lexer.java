package org.jifen.engine.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a rule fragment (a constraint, an annotation value, a consequence) into the tokens of the
 * grammar: ASCII identifiers, decimal integers, double-quoted strings and a fixed set of operators.
 * Comments are dropped; any other character is refused with its position, so nothing the parser
 * never saw can reach Drools.
 */
final class Lexer {

    /** The grammar's operators, then ones it never accepts but names in its refusals ({@code = { [ ->}…). */
    private static final String[] OPERATORS = {"&&", "||", "==", "!=", "<=", ">=", "->", "::", "++", "--", "+=", "-=",
        "*=", "/=", "<", ">", "!", "+", "-", "*", "/", "%", "?", ":", "(", ")", ",", ".", ";", "=", "{", "}", "[",
        "]", "@", "#", "&", "|", "^", "~"};
    private static final String FULL_WIDTH = "，。；：（）“”‘’！？＝＋－＊／＜＞　";
    private static final String HALF_WIDTH = ",.;:()\"\"''!?=+-*/<> ";
    static final int MAX_STRING = 500;

    private final String text;
    private int pos;
    private int line;
    private int lineStart;

    private Lexer(String text) {
        this.text = text;
    }

    /** The tokens of {@code text}, ending with an END token. */
    static List<Token> tokens(String text) {
        return new Lexer(text == null ? "" : text).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n' || c == '\r') {
                pos += c == '\r' && text.startsWith("\r\n", pos) ? 2 : 1;
                line++;
                lineStart = pos;
            } else if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (text.startsWith("//", pos)) {
                while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
                    pos++;
                }
            } else if (text.startsWith("/*", pos)) {
                blockComment();
            } else if (c == '"') {
                tokens.add(string());
            } else if (isAsciiLetter(c) || c == '_' || c == '$') {
                tokens.add(identifier());
            } else if (c >= '0' && c <= '9') {
                tokens.add(integer());
            } else {
                tokens.add(operator(c));
            }
        }
        tokens.add(new Token(Token.Kind.END, "", "", line, pos - lineStart));
        return tokens;
    }

    private void blockComment() {
        int end = text.indexOf("*/", pos + 2);
        if (end < 0) {
            throw error("注释 /* 没有用 */ 结束");
        }
        for (int i = pos; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && !text.startsWith("\r\n", i))) {
                line++;
                lineStart = i + 1;
            }
        }
        pos = end + 2;
    }

    private Token string() {
        int start = pos;
        int column = pos - lineStart;
        StringBuilder value = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= text.length() || text.charAt(pos) == '\n' || text.charAt(pos) == '\r') {
                throw new GrammarException(line, column, "字符串没有结束：缺少后面的英文双引号 \"");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                break;
            }
            if (c == '\\') {
                if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                    value.append('"');
                    pos += 2;
                    continue;
                }
                throw error("字符串里不能用反斜杠 \\（只可以写 \\\" 表示一个双引号）");
            }
            if (Character.isISOControl(c)) {
                throw error("字符串里不能有控制字符");
            }
            value.append(c);
            pos++;
        }
        if (value.length() > MAX_STRING) {
            throw new GrammarException(line, column, "字符串太长：最多 " + MAX_STRING + " 个字");
        }
        return new Token(Token.Kind.STRING, text.substring(start, pos), value.toString(), line, column);
    }

    private Token identifier() {
        int start = pos;
        while (pos < text.length() && (isAsciiLetter(text.charAt(pos)) || isDigit(text.charAt(pos))
                || text.charAt(pos) == '_' || text.charAt(pos) == '$')) {
            pos++;
        }
        if (pos < text.length() && Character.isLetter(text.charAt(pos))) {
            throw error("名称里只能用英文字母、数字、_ 和 $，不能有“" + text.charAt(pos) + "”");
        }
        String word = text.substring(start, pos);
        return new Token(Token.Kind.IDENTIFIER, word, word, line, start - lineStart);
    }

    private Token integer() {
        int start = pos;
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos < text.length() && (isAsciiLetter(text.charAt(pos)) || text.charAt(pos) == '_'
                || text.charAt(pos) == '.' && pos + 1 < text.length() && isDigit(text.charAt(pos + 1)))) {
            throw error("只能写整数，例如 3；不能写“" + text.substring(start, pos + 1) + "…”");
        }
        String digits = text.substring(start, pos);
        if (digits.length() > 1 && digits.startsWith("0")) {
            throw new GrammarException(line, start - lineStart, "整数不能以 0 开头：" + digits);
        }
        if (digits.length() > 9) {
            throw new GrammarException(line, start - lineStart, "数字太大：" + digits + "（最多 999999999）");
        }
        return new Token(Token.Kind.INTEGER, digits, digits, line, start - lineStart);
    }

    private Token operator(char c) {
        for (String op : OPERATORS) {
            if (text.startsWith(op, pos)) {
                Token token = new Token(Token.Kind.OPERATOR, op, op, line, pos - lineStart);
                pos += op.length();
                return token;
            }
        }
        throw error(Messages.unexpectedCharacter(c, FULL_WIDTH, HALF_WIDTH));
    }

    private GrammarException error(String message) {
        return new GrammarException(line, pos - lineStart, message);
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
