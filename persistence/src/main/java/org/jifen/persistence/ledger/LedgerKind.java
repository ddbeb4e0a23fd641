package org.jifen.persistence.ledger;

/**
 * What a ledger entry is (column {@code kind}, see V6__ledger_provenance.sql). Only AWARD and WARNING
 * entries count for tallies, caps and streaks.
 */
public enum LedgerKind {
  /** Credited by a rule for an evidence. */
  AWARD("评分"),
  /** Compensates one earlier entry ({@code reverses_entry}). */
  REVERSAL("冲正"),
  /** Added or removed by an official, with a reason. */
  ADJUSTMENT("调整"),
  /** Spent at the points supermarket or a merchant. */
  REDEMPTION("兑换"),
  /** Gives back a cancelled redemption. */
  REDEMPTION_CANCEL("取消兑换"),
  /** Points that expired (年度清零 or after some months). */
  EXPIRY("过期"),
  /** A warning (劝告/警示) credited by a rule: 0 points, counts in tallies but not against caps. */
  WARNING("警示"),
  /** A title (荣誉, such as 季度星) from a programme run: 0 points. */
  HONOUR("荣誉"),
  /** A rule suspended the member's or household's redemption (暂停兑换): 0 points, the last day in its reason. */
  SUSPENSION("暂停兑换");

  private final String label;

  LedgerKind(String label) {
    this.label = label;
  }

  /** The name residents and officials read, such as 评分 or 兑换. */
  public String label() {
    return label;
  }
}
