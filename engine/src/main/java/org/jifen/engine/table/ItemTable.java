package org.jifen.engine.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;

/** A list-only village's items, indexed by evidence type: all that village costs besides its settings. */
public final class ItemTable {

    private static final TableItem[] NONE = new TableItem[0];

    private final Map<String, TableItem[]> byType;
    private final int size;

    public ItemTable(List<TableItem> items) {
        Map<String, List<TableItem>> grouped = new HashMap<>();
        for (TableItem item : items) {
            grouped.computeIfAbsent(item.type(), t -> new ArrayList<>(2)).add(item);
        }
        Map<String, TableItem[]> index = new HashMap<>(grouped.size() * 2);
        grouped.forEach((type, list) -> index.put(type, list.toArray(NONE)));
        this.byType = Map.copyOf(index);
        this.size = items.size();
    }

    public int size() {
        return size;
    }

    /** The items whose rule would fire for this evidence and member, in list order. */
    public List<TableItem> eligible(Evidence evidence, Member member) {
        TableItem[] candidates = byType.get(evidence.type());
        if (candidates == null) {
            return List.of();
        }
        List<TableItem> eligible = new ArrayList<>(candidates.length);
        for (TableItem item : candidates) {
            if (item.earns(evidence, member)) {
                eligible.add(item);
            }
        }
        return eligible;
    }
}
