package org.jifen.engine.policy;

/** Turns Drools' compiler messages into one or two plain lines for rule authors. */
final class CompileErrors {

    private static final int MAX = 400;

    private CompileErrors() {
    }

    static String plain(String message) {
        if (message == null) {
            return "unknown error";
        }
        StringBuilder out = new StringBuilder();
        for (String line : message.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("[Near") || trimmed.startsWith("^")
                    || trimmed.startsWith("[Line:") || trimmed.startsWith("at ")) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(trimmed.replace("[Error: ", "").replace("]", ""));
            if (out.length() > MAX) {
                break;
            }
        }
        String text = out.toString().replaceAll("org\\.jifen\\.facts\\.", "");
        return text.length() > MAX ? text.substring(0, MAX) + "…" : text;
    }
}
