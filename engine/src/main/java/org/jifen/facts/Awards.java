package org.jifen.facts;

/** The {@code award} global: what a rule's consequence may award. */
public interface Awards {

    /** Earn {@code points} (greater than 0) for the evidence. */
    void grant(Evidence evidence, int points, String reason);

    /** A penalty of {@code points} (greater than 0), recorded as negative. */
    void deduct(Evidence evidence, int points, String reason);
}
