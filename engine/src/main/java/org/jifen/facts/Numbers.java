package org.jifen.facts;

final class Numbers {
    private Numbers() {
    }

    static int parseOrZero(String text) {
        if (text == null) {
            return 0;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
