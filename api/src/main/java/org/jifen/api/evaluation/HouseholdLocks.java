package org.jifen.api.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jifen.persistence.member.MemberMapper;
import org.jifen.persistence.member.MemberRow;
import org.springframework.stereotype.Component;

/**
 * Locks members together with their households, so that a household cap (整户上限) holds under
 * concurrent batches for different members of one household: the member rows of every member of
 * the involved households are locked in one statement ordered by member id (the order every
 * caller locks in; no gap locks, only existing rows). The households are read first without a lock;
 * when a member moved to another household meanwhile, the lock is taken again with the new set.
 */
@Component
public class HouseholdLocks {

    private static final int ATTEMPTS = 3;

    private final MemberMapper members;

    HouseholdLocks(MemberMapper members) {
        this.members = members;
    }

    /**
     * Locks the existing members among {@code memberIds} and every member of their households;
     * returns the rows of {@code memberIds} (unknown ids left out). Call inside a transaction.
     */
    public Map<String, MemberRow> lock(String village, List<String> memberIds) {
        java.util.Set<String> wanted = java.util.Set.copyOf(memberIds);
        List<MemberRow> seen = members.findByIds(village, memberIds);
        for (int attempt = 1; ; attempt++) {
            List<String> households = seen.stream().map(MemberRow::householdId).filter(Objects::nonNull)
                    .distinct().sorted().toList();
            TreeSet<String> ids = new TreeSet<>(memberIds);
            if (!households.isEmpty()) {
                ids.addAll(members.memberIdsOfHouseholds(village, households));
            }
            Map<String, MemberRow> locked = members.lockForUpdate(village, List.copyOf(ids)).stream()
                    .filter(row -> wanted.contains(row.memberId()))
                    .collect(Collectors.toMap(MemberRow::memberId, Function.identity()));
            boolean moved = locked.values().stream()
                    .anyMatch(row -> row.householdId() != null && !households.contains(row.householdId()));
            if (!moved || attempt == ATTEMPTS) {
                return locked;
            }
            seen = List.copyOf(locked.values());
        }
    }
}
