package org.jifen.api.member;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jifen.persistence.member.MemberRow;

/** A registered member. */
record MemberView(String villageId, String memberId, String householdId, List<String> roles, LocalDate joinedOn, String name) {

    static MemberView of(MemberRow row) {
        List<String> roles = row.roles() == null || row.roles().isBlank() ? List.of() : Arrays.asList(row.roles().split(","));
        return new MemberView(row.villageId(), row.memberId(), row.householdId(), roles, row.joinedOn(), row.name());
    }
}
