package org.jifen.engine.policy;

/**
 * One award of an evaluation after caps: {@code requested} is what the rule asked for and
 * {@code points} what is credited (both signed); {@code capped} when a cap, a penalty floor or the
 * eligibility gate cut it, and {@code note} then says which in plain Chinese (null otherwise).
 * {@code kind} is {@link Kind#POINTS} for grants and deductions, {@link Kind#WARNING} for a warning
 * (0 points, still a ledger entry) and {@link Kind#HONOUR} for a programme's honour.
 */
public record AwardOutcome(String rule, String category, int requested, int points, boolean capped, String reason,
        Kind kind, String note) {

    /** What a ledger entry records. */
    public enum Kind { POINTS, WARNING, HONOUR }

    /** A points award without a note. */
    public AwardOutcome(String rule, String category, int requested, int points, boolean capped, String reason) {
        this(rule, category, requested, points, capped, reason, Kind.POINTS, null);
    }

    /** Whether this is a ledger entry: points credited, or a warning or honour. */
    public boolean credited() {
        return points != 0 || kind != Kind.POINTS;
    }
}
