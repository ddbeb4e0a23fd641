package org.jifen.api.policy.simulate;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.jifen.engine.history.MemberHistory;
import org.jifen.facts.Member;
import org.jifen.persistence.member.MemberRow;

/** One member's state across the replay. */
final class MemberState {
    final String id;
    final Member fact;
    final String householdId;
    final MemberHistory baseline = new MemberHistory();
    final MemberHistory candidate = new MemberHistory();
    long baselinePoints;
    long candidatePoints;
    int replayed;

    MemberState(String id, MemberRow row) {
        this.id = id;
        this.fact = row == null ? null : member(row);
        this.householdId = row == null ? null : row.householdId();
    }

    static Member member(MemberRow row) {
        Set<String> roles = row.roles() == null || row.roles().isBlank() ? Set.of()
                : new HashSet<>(Arrays.asList(row.roles().split(",")));
        return new Member(row.memberId(), row.householdId(), roles, row.joinedOn());
    }
}
