package org.jifen.facts;

/** Consecutive days, ending on the evidence's day, with approved evidence of {@code type}. */
public record Streak(String memberId, String type, int days) {
}
