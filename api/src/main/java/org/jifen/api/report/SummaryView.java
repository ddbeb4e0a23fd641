package org.jifen.api.report;

/**
 * A village's period (a month, quarter, half-year or year): points issued (positive awards),
 * deducted (penalties), redeemed (net of cancellations), expired, reversed and adjusted (net), and
 * the outstanding liability — the sum of every balance — at the start and at the end of the period.
 * {@code month} is the period's name when it is a month (else null), {@code period} its name
 * (2026-Q1), {@code kind} MONTH, QUARTER, HALF_YEAR or YEAR and {@code label} its Chinese name (2026年第1季度).
 */
record SummaryView(String villageId, String month, String period, String kind, String label, long issued,
        long deducted, long redeemed, long expired, long reversed, long adjusted, long openingOutstanding,
        long outstanding) {
}
