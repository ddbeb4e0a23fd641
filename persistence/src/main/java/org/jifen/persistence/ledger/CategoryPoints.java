package org.jifen.persistence.ledger;

/** Sum of a member's points in one category. */
public record CategoryPoints(String category, long points) {}
