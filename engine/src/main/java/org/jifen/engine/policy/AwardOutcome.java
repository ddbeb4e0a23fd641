package org.jifen.engine.policy;

/**
 * One award of an evaluation after caps: {@code requested} is what the rule asked for and
 * {@code points} what is credited (both signed); {@code capped} when a cap cut it.
 */
public record AwardOutcome(String rule, String category, int requested, int points, boolean capped, String reason) {

    public boolean credited() {
        return points != 0;
    }
}
