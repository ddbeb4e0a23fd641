package org.jifen.api.report;

import java.util.Locale;

/**
 * How a public notice shows names (village setting {@code notice.mask}): MIDDLE (default: the surname
 * and, from three characters, the last kept: 张三丰 → 张*丰, 张三 → 张*), FIRST (张三 → 张*, 欧阳娜娜 → 欧***),
 * LAST (张三 → *三) or NONE (the full name).
 */
enum NameMask {
    FIRST, LAST, MIDDLE, NONE;


    /** The mode a setting names; MIDDLE when none, FIRST for an unknown one (masking too much is the safe mistake). */
    static NameMask of(String setting) {
        try {
            return setting == null ? MIDDLE : valueOf(setting.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return FIRST;
        }
    }

    /** {@code name} masked character by character (code points, so no surrogate pair is split). */
    String apply(String name) {
        if (name == null || name.isEmpty() || this == NONE) {
            return name;
        }
        int[] chars = name.codePoints().toArray();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < chars.length; i++) {
            boolean keep = switch (this) {
                case FIRST -> i == 0;
                case LAST -> i == chars.length - 1 && chars.length > 1;
                case MIDDLE -> i == 0 || (i == chars.length - 1 && chars.length > 2);
                case NONE -> true;
            };
            if (keep) {
                out.appendCodePoint(chars[i]);
            } else {
                out.append('*');
            }
        }
        return out.toString();
    }
}
