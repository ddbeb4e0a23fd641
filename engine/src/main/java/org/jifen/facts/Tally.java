package org.jifen.facts;

/**
 * What the member was credited under a key (an evidence type or a rule name) in the period
 * containing the evidence, before it: {@code count} pieces of evidence, {@code points} signed.
 */
public record Tally(String memberId, String key, String period, int count, int points) {
}
