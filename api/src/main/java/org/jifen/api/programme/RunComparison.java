package org.jifen.api.programme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jifen.persistence.programme.ProgrammeEntry;

/**
 * Late evidence after a run (a run is final for its period, like a published 公示 list): for each
 * rule that already ran, whether the current standings would give other entries than those written,
 * and the standing ids (household or member) that would differ.
 */
final class RunComparison {

    private RunComparison() {
    }

    /**
     * @param sources rule → its source id for the period
     * @param stored the entries written under those sources
     * @param lines what the current standings give (every rule)
     * @param firstMember household → the member its entries are written on
     */
    static List<ProgrammeRunView.SinceRun> sinceRun(List<String> alreadyRun, Map<String, String> sources,
            List<ProgrammeEntry> stored, List<ProgrammeRunView.Line> lines, Map<String, String> firstMember) {
        List<ProgrammeRunView.SinceRun> out = new ArrayList<>(alreadyRun.size());
        for (String rule : alreadyRun) {
            Map<String, List<String>> now = new HashMap<>();
            boolean households = false;
            boolean members = false;
            for (ProgrammeRunView.Line line : lines) {
                if (line.rule().equals(rule)) {
                    now.computeIfAbsent(key(line.memberId(), line.kind(), line.points()), k -> new ArrayList<>())
                            .add(line.id());
                    households |= line.scope().equals("户");
                    members |= line.scope().equals("人");
                }
            }
            TreeSet<String> ids = new TreeSet<>();
            for (ProgrammeEntry e : stored) {
                if (!e.sourceId().equals(sources.get(rule))) {
                    continue;
                }
                List<String> same = now.get(key(e.memberId(), e.kind(), e.points()));
                if (same != null && !same.isEmpty()) {
                    same.remove(same.size() - 1);
                } else {
                    boolean household = e.householdId() != null && (households
                            || (!members && e.memberId().equals(firstMember.get(e.householdId()))));
                    ids.add(household ? e.householdId() : e.memberId());
                }
            }
            now.values().forEach(ids::addAll);
            out.add(new ProgrammeRunView.SinceRun(rule, !ids.isEmpty(), List.copyOf(ids)));
        }
        return out;
    }

    /** The ledger's view of an entry: HONOUR, or AWARD for the line kind POINTS. */
    private static String key(String member, String kind, int points) {
        return member + "\u0000" + (kind.equals("HONOUR") ? "HONOUR" : "AWARD") + "\u0000" + points;
    }
}
