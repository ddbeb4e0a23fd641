package org.jifen.api.report;

/**
 * A line of a public notice: rank, the masked name, the household as residents know it (its head's
 * masked name, 张*华户; never an internal id), points earned in the period and the balance at its end.
 */
record NoticeLine(int rank, String name, String household, long points, long balance) {
}
