package org.jifen.engine.sandbox;

/**
 * A token of a rule fragment: {@code line} is 0-based within the fragment, {@code column} 0-based
 * within that line; {@code value} is a string literal's decoded text (else the token's text).
 */
record Token(Kind kind, String text, String value, int line, int column) {

    enum Kind { IDENTIFIER, INTEGER, STRING, OPERATOR, END }

    boolean is(String operatorOrWord) {
        return (kind == Kind.OPERATOR || kind == Kind.IDENTIFIER) && text.equals(operatorOrWord);
    }
}
