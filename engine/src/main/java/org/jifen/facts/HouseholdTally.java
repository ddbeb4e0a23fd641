package org.jifen.facts;

/**
 * {@link Tally} summed over every member of a household (户): what the household was credited under
 * a key in the period containing the evidence, before it.
 */
public record HouseholdTally(String householdId, String key, String period, int count, int points, int warnings) {
}
