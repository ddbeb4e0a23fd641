package org.jifen.facts;

/**
 * What the member was credited under a key (an evidence type or a rule name) in the period
 * containing the evidence, before it: {@code count} pieces of evidence (warnings included),
 * {@code points} signed, {@code warnings} the pieces that earned only a warning (劝告).
 */
public record Tally(String memberId, String key, String period, int count, int points, int warnings) {

    /** Without warnings. */
    public Tally(String memberId, String key, String period, int count, int points) {
        this(memberId, key, period, count, points, 0);
    }
}
