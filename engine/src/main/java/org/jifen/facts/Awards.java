package org.jifen.facts;

/** The {@code award} global: what a rule's consequence may award. */
public interface Awards {

    /** Earn {@code points} (greater than 0) for the evidence. */
    void grant(Evidence evidence, int points, String reason);

    /** A penalty of {@code points} (greater than 0), recorded as negative. */
    void deduct(Evidence evidence, int points, String reason);

    /** A warning (劝告/警示): no points, kept in the ledger as a WARNING and counted by Tally. */
    default void warn(Evidence evidence, String reason) {
        throw new UnsupportedOperationException("warn");
    }
}
