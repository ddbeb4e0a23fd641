package org.jifen.engine.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jifen.facts.HouseholdTally;
import org.jifen.facts.Tally;

/**
 * A member's credited entries summed per evidence type, rule and category for each period
 * containing one day: the numbers behind Tally facts and caps.
 */
public final class PeriodTotals {

    private static final Period[] PERIODS = Period.values();
    private static final PeriodCounter[] NONE = new PeriodCounter[0];

    private final Map<String, PeriodCounter[]> byType = new HashMap<>();
    private final Map<String, PeriodCounter[]> byRule = new HashMap<>();
    private final Map<String, PeriodCounter[]> byCategory = new HashMap<>();
    private final LocalDate[] starts = new LocalDate[PERIODS.length];
    private final LocalDate[] ends = new LocalDate[PERIODS.length];
    private final int[] net = new int[PERIODS.length];
    private final TotalsScope scope;

    private PeriodTotals(LocalDate day, TotalsScope scope) {
        this.scope = scope;
        for (Period period : PERIODS) {
            starts[period.ordinal()] = period.start(day);
            ends[period.ordinal()] = period.end(day);
        }
    }

    /** Sums the history's entries that fall in the periods containing {@code day}. */
    public static PeriodTotals of(MemberHistory history, LocalDate day) {
        return of(history, day, TotalsScope.ALL);
    }

    /** Sums, for the keys in {@code scope} only, the entries in the periods containing {@code day}. */
    public static PeriodTotals of(MemberHistory history, LocalDate day, TotalsScope scope) {
        PeriodTotals totals = new PeriodTotals(day, scope);
        for (HistoryEntry entry : history.entries()) {
            totals.add(entry.evidenceId(), entry.evidenceType(), entry.rule(), entry.category(),
                    entry.points(), entry.occurredAt().toLocalDate());
        }
        return totals;
    }

    /** Counts one more credited award, dated {@code on}. */
    public void add(String evidenceId, String type, String rule, String category, int points, LocalDate on) {
        PeriodCounter[] typeCounters = null;
        PeriodCounter[] ruleCounters = null;
        PeriodCounter[] categoryCounters = null;
        for (int p = 0; p < PERIODS.length; p++) {
            if (on.isBefore(starts[p]) || !on.isBefore(ends[p])) {
                continue;
            }
            net[p] += points;
            if (typeCounters == null) {
                typeCounters = scope.countsType(type) ? counters(byType, type) : NONE;
                ruleCounters = scope.countsRule(rule) ? counters(byRule, rule) : NONE;
                categoryCounters = scope.countsCategory(category) ? counters(byCategory, category) : NONE;
            }
            add(typeCounters, p, evidenceId, points);
            add(ruleCounters, p, evidenceId, points);
            add(categoryCounters, p, evidenceId, points);
        }
    }

    private static void add(PeriodCounter[] counters, int period, String evidenceId, int points) {
        if (counters != NONE) {
            counters[period].add(evidenceId, points);
        }
    }

    private static PeriodCounter[] counters(Map<String, PeriodCounter[]> map, String key) {
        PeriodCounter[] counters = map.get(key);
        if (counters == null) {
            counters = new PeriodCounter[PERIODS.length];
            for (int p = 0; p < counters.length; p++) {
                counters[p] = new PeriodCounter();
            }
            map.put(key, counters);
        }
        return counters;
    }

    /** Awards credited from the rule in the period. */
    public int ruleAwards(String rule, Period period) {
        PeriodCounter[] counters = byRule.get(rule);
        return counters == null ? 0 : counters[period.ordinal()].awards;
    }

    /** Positive points credited from the rule in the period. */
    public int rulePositivePoints(String rule, Period period) {
        PeriodCounter[] counters = byRule.get(rule);
        return counters == null ? 0 : counters[period.ordinal()].positivePoints;
    }

    /** Positive points credited in the category in the period. */
    public int categoryPositivePoints(String category, Period period) {
        PeriodCounter[] counters = byCategory.get(category);
        return counters == null ? 0 : counters[period.ordinal()].positivePoints;
    }

    /** Negative points credited from the rule in the period, as a positive number. */
    public int ruleDeducted(String rule, Period period) {
        PeriodCounter[] counters = byRule.get(rule);
        return counters == null ? 0 : counters[period.ordinal()].negativePoints;
    }

    /** Negative points credited in the category in the period, as a positive number. */
    public int categoryDeducted(String category, Period period) {
        PeriodCounter[] counters = byCategory.get(category);
        return counters == null ? 0 : counters[period.ordinal()].negativePoints;
    }

    /** Signed points of every entry in the period. */
    public int net(Period period) {
        return net[period.ordinal()];
    }

    /** The tallies summed over a household, one per counted key with a count above zero, for every period. */
    public List<HouseholdTally> householdTallies(String householdId) {
        return tallies(householdId).stream().map(t -> new HouseholdTally(householdId, t.key(), t.period(), t.count(),
                t.points(), t.warnings())).toList();
    }

    /** One Tally per counted evidence type and rule name with a count above zero, for every period. */
    public List<Tally> tallies(String memberId) {
        List<Tally> tallies = new ArrayList<>();
        addTallies(tallies, memberId, byType, true);
        addTallies(tallies, memberId, byRule, false);
        return tallies;
    }

    private void addTallies(List<Tally> tallies, String memberId, Map<String, PeriodCounter[]> map, boolean types) {
        map.forEach((key, counters) -> {
            if (!types && !scope.talliesRule(key)) {
                return;
            }
            for (Period period : PERIODS) {
                PeriodCounter counter = counters[period.ordinal()];
                if (counter.evidenceCount() > 0) {
                    tallies.add(new Tally(memberId, key, period.name(), counter.evidenceCount(), counter.points,
                            counter.warnings));
                }
            }
        });
    }
}
