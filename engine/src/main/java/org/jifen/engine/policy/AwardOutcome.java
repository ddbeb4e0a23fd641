package org.jifen.engine.policy;

/**
 * One award of an evaluation after caps: {@code requested} is what the rule asked for and
 * {@code points} what is credited (both signed); {@code capped} when a cap, a penalty floor or the
 * eligibility gate cut it, and {@code note} then says which in plain Chinese (null otherwise).
 * {@code kind} is {@link Kind#POINTS} for grants and deductions, {@link Kind#WARNING} for a warning
 * (0 points, still a ledger entry), {@link Kind#HONOUR} for a programme's honour and
 * {@link Kind#SUSPENSION} for a suspension of redemption (0 points; {@code note} is its scope and last
 * day, "户 2027-12-31", see {@link #suspension()}).
 */
public record AwardOutcome(String rule, String category, int requested, int points, boolean capped, String reason,
        Kind kind, String note) {

    /** What a ledger entry records. */
    public enum Kind { POINTS, WARNING, HONOUR, SUSPENSION }

    /** A points award without a note. */
    public AwardOutcome(String rule, String category, int requested, int points, boolean capped, String reason) {
        this(rule, category, requested, points, capped, reason, Kind.POINTS, null);
    }

    /** A suspension's scope ("人" or "户") and last day; null for other kinds. */
    public Suspension suspension() {
        if (kind != Kind.SUSPENSION || note == null) {
            return null;
        }
        int space = note.indexOf(' ');
        return new Suspension(note.substring(0, space), java.time.LocalDate.parse(note.substring(space + 1)));
    }

    /** Whom a suspension applies to (the member "人" or their household "户") and its last day, included. */
    public record Suspension(String scope, java.time.LocalDate until) {
    }

    /** Whether this is a ledger entry: points credited, or a warning, honour or suspension. */
    public boolean credited() {
        return points != 0 || kind != Kind.POINTS;
    }
}
