package org.jifen.engine.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jifen.engine.history.Period;
import org.jifen.facts.Standing;

/** Ranks members or households by their period totals for a programme run. */
public final class Standings {

    private Standings() {
    }

    /**
     * The standings of {@code totals} (id → signed points credited in the period), highest first:
     * equal totals share a rank and the next rank skips (1, 2, 2, 4); equal totals are listed by id,
     * so the result is the same for the same totals in any order. {@code scope} is {@code 人} or {@code 户}.
     */
    public static List<Standing> rank(String scope, Period period, String periodName, Map<String, Integer> totals) {
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(totals.entrySet());
        sorted.sort(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                .thenComparing(Map.Entry::getKey));
        List<Standing> standings = new ArrayList<>(sorted.size());
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (i == 0 || !sorted.get(i).getValue().equals(sorted.get(i - 1).getValue())) {
                rank = i + 1;
            }
            standings.add(new Standing(scope, sorted.get(i).getKey(), period.name(), periodName,
                    sorted.get(i).getValue(), rank, sorted.size()));
        }
        return standings;
    }
}
