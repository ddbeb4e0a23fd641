package org.jifen.facts;

/**
 * A member's ({@code scope} {@code 人}) or household's ({@code 户}) standing at the close of a period,
 * as programme rules (评星) see it: {@code total} signed points credited in the period
 * ({@code periodName} such as {@code 2026-Q1}), {@code rank} 1 for the highest (equal totals share a
 * rank), among {@code of} ranked.
 */
public record Standing(String scope, String id, String period, String periodName, int total, int rank, int of) {
}
