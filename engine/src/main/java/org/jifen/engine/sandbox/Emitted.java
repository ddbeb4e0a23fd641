package org.jifen.engine.sandbox;

import java.util.ArrayList;
import java.util.List;

/** DRL text being generated, one line at a time, each remembering the author's line it comes from. */
final class Emitted {

    private final StringBuilder text = new StringBuilder();
    private final List<Integer> authorLines = new ArrayList<>();

    void line(String line, int authorLine) {
        text.append(line).append('\n');
        authorLines.add(Math.max(authorLine, 0));
    }

    String text() {
        return text.toString();
    }

    /** For each generated line (index 0 = line 1), the author's line. */
    int[] authorLines() {
        return authorLines.stream().mapToInt(Integer::intValue).toArray();
    }
}
