package org.jifen.persistence.ledger;

/**
 * A member's or household's points in a period: {@code earned} the signed sum of their AWARD,
 * REVERSAL and ADJUSTMENT entries (redemptions and expiry left out), {@code warnings} how many
 * WARNING entries (警示) they have.
 */
public record PeriodNet(long earned, long warnings) {}
