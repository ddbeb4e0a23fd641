package org.jifen.engine.sandbox;

import java.util.Collection;

/** Plain-Chinese wording of what the grammar refuses, shared by the lexer, parser and checker. */
final class Messages {

    private static final String CHINESE_NUMERALS = "零〇一二两三四五六七八九十百千";

    private Messages() {
    }

    static String unexpectedCharacter(char c, String fullWidth, String halfWidth) {
        int at = fullWidth.indexOf(c);
        if (at >= 0) {
            return "这里用了中文全角标点“" + c + "”：请改成英文半角的“" + halfWidth.charAt(at) + "”";
        }
        if (CHINESE_NUMERALS.indexOf(c) >= 0) {
            return "数字要写成阿拉伯数字（例如 2），不能写“" + c + "”";
        }
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
            return "这里不能直接写中文“" + c + "”：中文只能写在英文双引号里，例如 \"参加巡逻\"";
        }
        if (c == '\\') {
            return "这里不能用反斜杠 \\";
        }
        return "规则里不能用字符“" + (Character.isISOControl(c) ? "U+" + Integer.toHexString(c) : String.valueOf(c)) + "”";
    }

    /** "did you mean" for a misspelt name: the closest of {@code known} within two edits, or "". */
    static String didYouMean(String name, Collection<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : known) {
            int d = distance(name.toLowerCase(), candidate.toLowerCase());
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best == null ? "" : "；是不是想写“" + best + "”？";
    }

    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2) {
            return 3;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
