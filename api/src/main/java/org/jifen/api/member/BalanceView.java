package org.jifen.api.member;

import java.util.Map;

/** A member's points: the total and per category, each the sum of its ledger entries. */
record BalanceView(String villageId, String memberId, String householdId, long total, Map<String, Long> byCategory) {
}
