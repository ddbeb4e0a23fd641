package org.jifen.engine.check;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jifen.engine.pointslist.ListRow;
import org.jifen.engine.policy.Problem;

/**
 * Item names that differ only in white space, width (全角/半角), case or separators such as
 * {@code ·} and {@code -}: a WARNING, since residents and reports would not tell them apart. An exact
 * duplicate is already an ERROR of the reader (a list row) or the compiler (a rule name).
 */
final class ItemNames {

    private ItemNames() {
    }

    static void check(List<ListRow> rows, List<DrlRules.Rule> rules, Findings findings) {
        Map<String, String[]> seen = new HashMap<>();
        for (DrlRules.Rule rule : rules) {
            seen.putIfAbsent(key(rule.name()), new String[] {rule.name(), rule.file() + " line " + rule.line()});
        }
        for (ListRow row : rows) {
            String[] earlier = seen.putIfAbsent(key(row.item()), new String[] {row.item(), findings.where(row)});
            if (earlier != null && !earlier[0].equals(row.item())) {
                findings.onRow(row, Findings.ITEM, Problem.Severity.WARNING, "名称重复：项目“" + row.item() + "”和“"
                        + earlier[0] + "”（" + earlier[1] + "）看起来一样；项目名称不能只差空格或标点");
            }
        }
    }

    static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[\\s\\p{Punct}·•・、，。：；（）【】《》“”‘’—－]", "");
    }
}
