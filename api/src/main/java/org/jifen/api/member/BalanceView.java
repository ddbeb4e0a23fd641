package org.jifen.api.member;

import java.util.Map;
import org.jifen.engine.policy.BaseScore;

/**
 * A member's points: the total and per category, each the sum of its ledger entries; {@code spendable}
 * is the total; {@code pending} the provisional points of evidence awaiting review (not spendable).
 * {@code base} is the village's base score (基础分), shown apart: it is never a ledger entry, not in
 * {@code total} and not redeemable (null when the village has none). {@code earned} is what the base's
 * scope (the member, or their household for 户) earned in the current base period ({@code periodName},
 * a year by default; AWARD, REVERSAL and ADJUSTMENT entries), {@code current} = base + earned (the net
 * the rules read as {@code Balance}); {@code warnings} the member's own 警示 this calendar year.
 */
record BalanceView(String villageId, String memberId, String householdId, long total, Map<String, Long> byCategory,
        long pending, long spendable, Base base, String periodName, long earned, long current, long warnings) {

    /** The base score: {@code points} per member (人) or household (户) and {@code period}. */
    record Base(int points, String scope, String period) {

        static Base of(BaseScore base) {
            return base == null || base.points() == 0 ? null
                    : new Base(base.points(), base.household() ? "户" : "人", base.period().name());
        }
    }
}
