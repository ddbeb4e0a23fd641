package org.jifen.api.household;

import java.util.List;

/** A household's (户) points: the total and each member's share, both sums of the household's ledger entries. */
record HouseholdBalanceView(String villageId, String householdId, long total, List<MemberShare> members) {

    record MemberShare(String memberId, String name, long points) {
    }
}
