package org.jifen.api.report;

/**
 * A village's month: points issued (positive awards), deducted (penalties), redeemed (net of
 * cancellations), expired, reversed and adjusted (net), and the outstanding liability — the sum of
 * every balance — at the start and at the end of the month.
 */
record SummaryView(String villageId, String month, long issued, long deducted, long redeemed, long expired,
        long reversed, long adjusted, long openingOutstanding, long outstanding) {
}
