package org.jifen.persistence.ledger;

/**
 * What a ledger entry is (column {@code kind}, see V6__ledger_provenance.sql). Only AWARD entries
 * count for tallies, caps and streaks.
 */
public enum LedgerKind {
  /** Credited by a rule for an evidence. */
  AWARD,
  /** Compensates one earlier entry ({@code reverses_entry}). */
  REVERSAL,
  /** Added or removed by an official, with a reason. */
  ADJUSTMENT,
  /** Spent at the points supermarket or a merchant. */
  REDEMPTION,
  /** Gives back a cancelled redemption. */
  REDEMPTION_CANCEL,
  /** Points that expired (年度清零 or after some months). */
  EXPIRY
}
