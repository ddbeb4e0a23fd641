package org.jifen.engine.sandbox;

import java.util.ArrayList;
import java.util.List;

/** Splits a Java or MVEL fragment into tokens, skipping comments and white space. */
final class Lexer {

    private static final String[] OPERATORS = {
        ">>>=", "<<=", ">>=", ">>>", "...", "->", "::", "++", "--", "&&", "||", "==", "!=", "<=", ">=",
        "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>"
    };

    private final String text;
    private int pos;
    private int line;
    private int lineStart;

    private Lexer(String text) {
        this.text = text;
    }

    /** The tokens of {@code text}; throws IllegalArgumentException on an unterminated literal. */
    static List<Token> tokens(String text) {
        return new Lexer(text == null ? "" : text).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                newLine(pos + 1);
                pos++;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (text.startsWith("//", pos)) {
                skipTo("\n", false);
            } else if (text.startsWith("/*", pos)) {
                skipTo("*/", true);
            } else if (c == '"' || c == '\'') {
                tokens.add(quoted(c));
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = pos;
                while (pos < text.length() && Character.isJavaIdentifierPart(text.charAt(pos))) {
                    pos++;
                }
                tokens.add(token(Token.Kind.IDENTIFIER, start));
            } else if (Character.isDigit(c)) {
                int start = pos;
                while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                    pos++;
                }
                tokens.add(token(Token.Kind.NUMBER, start));
            } else {
                tokens.add(operator());
            }
        }
        return tokens;
    }

    private Token operator() {
        int start = pos;
        for (String op : OPERATORS) {
            if (text.startsWith(op, pos)) {
                pos += op.length();
                return token(Token.Kind.OPERATOR, start);
            }
        }
        pos++;
        return token(Token.Kind.OPERATOR, start);
    }

    private Token quoted(char quote) {
        int start = pos;
        int startLine = line;
        int startColumn = pos - lineStart;
        if (quote == '"' && text.startsWith("\"\"\"", pos)) {
            throw new IllegalArgumentException("text blocks are not allowed");
        }
        pos++;
        while (pos < text.length() && text.charAt(pos) != quote) {
            if (text.charAt(pos) == '\\') {
                pos++;
            } else if (text.charAt(pos) == '\n') {
                throw new IllegalArgumentException("unterminated string");
            }
            pos++;
        }
        if (pos >= text.length()) {
            throw new IllegalArgumentException("unterminated string");
        }
        pos++;
        return new Token(Token.Kind.STRING, text.substring(start, pos), startLine, startColumn + 1);
    }

    private void skipTo(String end, boolean inclusive) {
        int found = text.indexOf(end, pos + 2);
        int stop = found < 0 ? text.length() : found + (inclusive ? end.length() : 0);
        for (int i = pos; i < stop; i++) {
            if (text.charAt(i) == '\n') {
                newLine(i + 1);
            }
        }
        pos = stop;
    }

    private void newLine(int next) {
        line++;
        lineStart = next;
    }

    private Token token(Token.Kind kind, int start) {
        return new Token(kind, text.substring(start, pos), line, start - lineStart + 1);
    }
}
