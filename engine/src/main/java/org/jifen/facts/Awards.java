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

    /**
     * Suspends redemption (暂停兑换) of the evidence's member ({@code scope} "人") or of their household
     * ("户") through {@code until} (本月, 本季度, 本半年, 本年, 次年 or a day such as 2027-12-31): no
     * points, kept in the ledger as a SUSPENSION; the service refuses their redemptions until then.
     */
    default void suspend(Evidence evidence, String scope, String until, String reason) {
        throw new UnsupportedOperationException("suspend");
    }

    /** A programme's points for a standing at a period's close (评星 bonus). */
    default void grant(Standing standing, int points, String reason) {
        throw new UnsupportedOperationException("grant");
    }

    /** A programme's penalty for a standing at a period's close. */
    default void deduct(Standing standing, int points, String reason) {
        throw new UnsupportedOperationException("deduct");
    }

    /** A programme's honour (称号, such as 季度星) for a standing: no points, a ledger entry of kind HONOUR. */
    default void honour(Standing standing, String title) {
        throw new UnsupportedOperationException("honour");
    }
}
