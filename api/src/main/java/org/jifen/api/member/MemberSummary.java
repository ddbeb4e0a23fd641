package org.jifen.api.member;

import java.util.Arrays;
import java.util.List;
import org.jifen.persistence.member.MemberListRow;

/** A member in the members list: name, household, roles (codes) and balance. */
record MemberSummary(String memberId, String name, String householdId, List<String> roles, long balance) {

    static MemberSummary of(MemberListRow row) {
        List<String> roles = row.roles() == null || row.roles().isBlank() ? List.of() : Arrays.asList(row.roles().split(","));
        return new MemberSummary(row.memberId(), row.name(), row.householdId(), roles, row.balance());
    }
}
