package org.jifen.engine.history;

import java.util.Set;

/**
 * Which keys a policy needs summed: evidence types and rule names its Tally patterns can match
 * (all of them when a pattern's key is not a literal), rules with caps, and capped categories.
 * Other keys are skipped, so an evaluation sums and inserts only what some rule can read.
 */
public record TotalsScope(boolean allTallies, Set<String> tallyKeys, Set<String> cappedRules,
        Set<String> cappedCategories, boolean householdTallies) {

    /** Everything, as the contract describes the facts. */
    public static final TotalsScope ALL = new TotalsScope(true, Set.of(), Set.of(), Set.of(), true);

    /** Without HouseholdTally facts. */
    public TotalsScope(boolean allTallies, Set<String> tallyKeys, Set<String> cappedRules, Set<String> cappedCategories) {
        this(allTallies, tallyKeys, cappedRules, cappedCategories, false);
    }

    public TotalsScope {
        tallyKeys = Set.copyOf(tallyKeys);
        cappedRules = Set.copyOf(cappedRules);
        cappedCategories = Set.copyOf(cappedCategories);
    }

    boolean countsType(String type) {
        return allTallies || tallyKeys.contains(type);
    }

    boolean countsRule(String rule) {
        return allTallies || tallyKeys.contains(rule) || cappedRules.contains(rule);
    }

    boolean countsCategory(String category) {
        return allTallies || cappedCategories.contains(category);
    }

    boolean talliesRule(String rule) {
        return allTallies || tallyKeys.contains(rule);
    }
}
