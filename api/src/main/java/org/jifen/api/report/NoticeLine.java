package org.jifen.api.report;

/** A line of a public notice: rank, the masked name, household, points earned in the period and balance at its end. */
record NoticeLine(int rank, String name, String householdId, long points, long balance) {
}
