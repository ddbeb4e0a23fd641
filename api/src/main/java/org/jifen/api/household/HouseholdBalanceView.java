package org.jifen.api.household;

import java.util.List;

/**
 * A household's (户) points: the total and each member's share, both sums of the household's ledger
 * entries. With a household base score (基础分, {@code base.scope: 户}) {@code base} is its points, else
 * null; {@code earned} is what the household earned in the current base period {@code periodName} (a
 * year without a base; AWARD, REVERSAL and ADJUSTMENT entries) and {@code current} = base + earned.
 */
record HouseholdBalanceView(String villageId, String householdId, long total, List<MemberShare> members,
        Integer base, String periodName, long earned, long current) {

    record MemberShare(String memberId, String name, long points) {
    }
}
