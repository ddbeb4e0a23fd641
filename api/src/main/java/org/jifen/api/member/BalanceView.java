package org.jifen.api.member;

import java.util.Map;

/**
 * A member's points: the total and per category, each the sum of its ledger entries; {@code spendable}
 * is the total; {@code pending} the provisional points of evidence awaiting review (not spendable).
 */
record BalanceView(String villageId, String memberId, String householdId, long total, Map<String, Long> byCategory,
        long pending, long spendable) {
}
