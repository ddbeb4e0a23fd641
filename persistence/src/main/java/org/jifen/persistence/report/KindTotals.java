package org.jifen.persistence.report;

/** The points of one entry kind in a period: credited (sum of positive entries) and debited (of negative, as a positive number). */
public record KindTotals(String kind, long credited, long debited) {}
