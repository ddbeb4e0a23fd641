package org.jifen.api.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Edits the identity of a {@code village.yaml} as text: the top-level {@code name}, {@code region}
 * and {@code timezone} lines are replaced (or added, or removed when the value is null); every
 * other line, comments included, stays as the author wrote it.
 */
public final class VillageYamlText {

    private static final List<String> ORDER = List.of("id", "name", "region", "timezone");
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ·_./()（）、，-]*");
    private static final Pattern RESERVED = Pattern.compile(
            "(?i)true|false|yes|no|on|off|null|~|[-+]?[0-9][0-9_.eE+-]*|0x[0-9a-f]+");

    private VillageYamlText() {
    }

    /** A new village's file. */
    public static String create(String id, String name, String region, String timezone) {
        return "id: " + id + "\nname: " + scalar(name) + "\n" + (region == null ? "" : "region: " + scalar(region) + "\n")
                + "timezone: " + scalar(timezone) + "\n";
    }

    public static String withIdentity(String text, String name, String region, String timezone) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        set(lines, "name", name);
        set(lines, "region", region);
        set(lines, "timezone", timezone);
        return String.join("\n", lines);
    }

    private static void set(List<String> lines, String key, String value) {
        int at = find(lines, key);
        if (at >= 0) {
            String cr = lines.get(at).endsWith("\r") ? "\r" : "";
            int end = at + 1;
            while (end < lines.size() && !lines.get(end).isBlank()
                    && (lines.get(end).startsWith(" ") || lines.get(end).startsWith("\t"))) {
                end++;
            }
            lines.subList(at + 1, end).clear();
            if (value == null) {
                lines.remove(at);
            } else {
                lines.set(at, key + ": " + scalar(value) + cr);
            }
            return;
        }
        if (value == null) {
            return;
        }
        int after = -1;
        for (String earlier : ORDER.subList(0, ORDER.indexOf(key))) {
            after = Math.max(after, find(lines, earlier));
        }
        lines.add(after + 1, key + ": " + scalar(value));
    }

    private static int find(List<String> lines, String key) {
        Pattern top = Pattern.compile("(?:" + key + "|\"" + key + "\"|'" + key + "')\\s*:(?:\\s.*|$)", Pattern.DOTALL);
        for (int i = 0; i < lines.size(); i++) {
            if (top.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** A YAML scalar: plain when that reads back as the same string, else double-quoted. */
    static String scalar(String value) {
        if (PLAIN.matcher(value).matches() && !value.endsWith(" ") && !RESERVED.matcher(value).matches()) {
            return value;
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
