package org.jifen.engine.policy;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Checks a bundle against {@link CompileLimits} before anything parses it. */
final class SizeCheck {

    private SizeCheck() {
    }

    /** False, with problems added, when a file or the bundle is too large or too deeply nested. */
    static boolean withinLimits(PolicySource source, CompileLimits limits, List<Problem> problems) {
        int total = 0;
        boolean ok = true;
        for (var file : source.files().entrySet()) {
            int bytes = file.getValue().getBytes(StandardCharsets.UTF_8).length;
            total += bytes;
            if (bytes > limits.maxFileBytes()) {
                problems.add(Problem.error(file.getKey(), 0, 0, "文件有 " + bytes / 1024 + " KB，太大了：每个文件最多 "
                        + limits.maxFileBytes() / 1024 + " KB"));
                ok = false;
            } else if (PolicySource.isPolicyFile(file.getKey())) {
                ok &= nestingWithin(file.getKey(), file.getValue(), limits.maxNesting(), problems);
            }
        }
        if (total > limits.maxTotalBytes()) {
            problems.add(Problem.error(PolicySource.VILLAGE_FILE, 0, 0, "积分政策的文件合计 " + total / 1024
                    + " KB，太大了：合计最多 " + limits.maxTotalBytes() / 1024 + " KB"));
            ok = false;
        }
        return ok;
    }

    /** Brackets outside strings and comments may nest at most {@code max} deep. */
    private static boolean nestingWithin(String file, String text, int max, List<Problem> problems) {
        int depth = 0;
        int line = 1;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                    i++;
                }
            } else if (c == '(' || c == '[' || c == '{') {
                if (++depth > max) {
                    problems.add(Problem.error(file, line, 0, "括号套了超过 " + max + " 层，请写得简单些"));
                    return false;
                }
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return true;
    }
}
