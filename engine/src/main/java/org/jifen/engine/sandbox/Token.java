package org.jifen.engine.sandbox;

/** A lexical token of a Java or MVEL fragment, with its 0-based line offset in the fragment. */
record Token(Kind kind, String text, int lineOffset, int column) {

    enum Kind { IDENTIFIER, NUMBER, STRING, OPERATOR }

    boolean is(String value) {
        return text.equals(value);
    }

    boolean isIdentifier() {
        return kind == Kind.IDENTIFIER;
    }
}
