package org.jifen.persistence.report;

import org.jifen.persistence.ledger.LedgerKind;

/** The points of one entry kind in a period: credited (sum of positive entries) and debited (of negative, as a positive number). */
public record KindTotals(LedgerKind kind, long credited, long debited) {}
