package org.jifen.api.policy.version;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * The difference between two versions of a village's policy: for each file added, removed or
 * modified, a unified diff (3 lines of context) from {@code v<a>/<file>} to {@code v<b>/<file>};
 * {@code unified} is all of them in file order, ready for {@code patch} or a terminal.
 */
public record PolicyDiff(String villageId, int from, int to, List<FileDiff> files, List<String> unchanged,
        String unified) {

    /** How a file changed between the two versions. */
    public enum Change { ADDED, REMOVED, MODIFIED }

    /** One changed file and its unified diff. */
    public record FileDiff(String file, Change change, int linesAdded, int linesRemoved, String diff) {
    }

    /** A workbook (points-list.xlsx, stored as base64) is compared as its table, the canonical CSV. */
    private static String readable(String name, String content) {
        return content != null && org.jifen.engine.policy.PolicySource.isBinaryFile(name)
                ? org.jifen.engine.pointslist.PointsListSource.readableText(content) : content;
    }

    static PolicyDiff between(String villageId, int from, SortedMap<String, String> a, int to,
            SortedMap<String, String> b) {
        List<FileDiff> files = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        StringBuilder unified = new StringBuilder();
        TreeSet<String> names = new TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        for (String name : names) {
            String before = readable(name, a.get(name));
            String after = readable(name, b.get(name));
            if (before != null && before.equals(after)) {
                unchanged.add(name);
                continue;
            }
            Change change = before == null ? Change.ADDED : after == null ? Change.REMOVED : Change.MODIFIED;
            List<String> beforeLines = lines(before);
            List<String> afterLines = lines(after);
            Patch<String> patch = DiffUtils.diff(beforeLines, afterLines);
            List<String> text = UnifiedDiffUtils.generateUnifiedDiff(
                    before == null ? "/dev/null" : "v" + from + "/" + name,
                    after == null ? "/dev/null" : "v" + to + "/" + name, beforeLines, patch, 3);
            if (text.isEmpty()) {
                // only line endings or a final newline differ, or an empty file was added or removed
                text = List.of("--- " + (before == null ? "/dev/null" : "v" + from + "/" + name),
                        "+++ " + (after == null ? "/dev/null" : "v" + to + "/" + name));
            }
            String diff = String.join("\n", text) + "\n";
            int added = 0;
            int removed = 0;
            for (var delta : patch.getDeltas()) {
                added += delta.getTarget().size();
                removed += delta.getSource().size();
            }
            files.add(new FileDiff(name, change, added, removed, diff));
            unified.append(diff);
        }
        return new PolicyDiff(villageId, from, to, files, unchanged, unified.toString());
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().toList();
    }
}
