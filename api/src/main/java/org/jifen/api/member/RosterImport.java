package org.jifen.api.member;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jifen.api.audit.AuditAction;
import org.jifen.api.audit.AuditLog;
import org.jifen.api.member.Roster.Entry;
import org.jifen.api.member.Roster.RowError;
import org.jifen.persistence.member.MemberMapper;
import org.jifen.persistence.member.MemberRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers a roster's members in one transaction: all of them, or (on any error) none. */
@Service
class RosterImport {

    private final MemberMapper members;
    private final AuditLog audit;

    RosterImport(MemberMapper members, AuditLog audit) {
        this.members = members;
        this.audit = audit;
    }

    @Transactional
    RosterResult run(String village, byte[] upload) {
        RosterFile.Sheet sheet = RosterFile.read(upload);
        Roster roster = Roster.read(sheet.lines());
        List<RowError> errors = new ArrayList<>(sheet.errors());
        errors.addAll(roster.errors());
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(RowError::row));
            throw new RosterRejectedException(errors);
        }
        List<String> ids = roster.entries().stream().map(Entry::memberId).toList();
        Map<String, MemberRow> existing = ids.isEmpty() ? Map.of() : members.lockForUpdate(village, ids).stream()
                .collect(Collectors.toMap(MemberRow::memberId, Function.identity()));
        for (Entry e : roster.entries()) {
            MemberRow before = existing.get(e.memberId());
            String roles = e.roles() != null ? String.join(",", e.roles()) : before == null ? "" : before.roles();
            members.upsert(new MemberRow(village, e.memberId(), e.householdId(), roles,
                    e.joinedOn() != null || before == null ? e.joinedOn() : before.joinedOn(), e.name()));
        }
        int updated = existing.size();
        RosterResult result = new RosterResult(roster.entries().size() - updated, updated, roster.ignoredColumns());
        if (!roster.entries().isEmpty()) {
            audit.record(village, AuditAction.MEMBER_REGISTER, "members", "roster imported: " + result.created()
                    + " registered, " + result.updated() + " updated");
        }
        return result;
    }
}
