package org.jifen.api.freeze;

import java.util.List;
import org.jifen.api.audit.AuditAction;
import org.jifen.api.audit.AuditLog;
import org.jifen.api.village.KnownVillages;
import org.jifen.api.web.NotFoundException;
import org.jifen.persistence.freeze.FreezeMapper;
import org.jifen.persistence.freeze.FreezeRow;
import org.jifen.persistence.member.MemberMapper;
import org.jifen.persistence.village.VillageMapper;
import org.springframework.stereotype.Service;

/** Sets, reads and lifts redemption freezes; every change is in the audit log. */
@Service
class FreezeService {

    private final FreezeMapper freezes;
    private final MemberMapper members;
    private final VillageMapper villages;
    private final AuditLog audit;

    FreezeService(FreezeMapper freezes, MemberMapper members, VillageMapper villages, AuditLog audit) {
        this.freezes = freezes;
        this.members = members;
        this.villages = villages;
        this.audit = audit;
    }

    FreezeView freeze(String village, String scope, String subject, FreezeRequest request) {
        requireSubject(village, scope, subject);
        FreezeRow row = new FreezeRow(village, scope, subject, request.until(), request.reason().strip(),
                request.operator());
        freezes.upsert(row);
        audit.record(village, AuditAction.REDEMPTION_FREEZE, target(scope, subject),
                "暂停兑换至 " + request.until() + "，原因：" + row.reason()
                        + (request.operator() == null ? "" : "，经办人：" + request.operator()));
        return FreezeView.of(row);
    }

    FreezeView find(String village, String scope, String subject) {
        KnownVillages.require(villages, village);
        FreezeRow row = freezes.find(village, scope, subject);
        if (row == null) {
            throw new NotFoundException(name(scope) + " " + subject + " 的兑换未被暂停");
        }
        return FreezeView.of(row);
    }

    void lift(String village, String scope, String subject) {
        KnownVillages.require(villages, village);
        if (freezes.delete(village, scope, subject) == 0) {
            throw new NotFoundException(name(scope) + " " + subject + " 的兑换未被暂停");
        }
        audit.record(village, AuditAction.REDEMPTION_UNFREEZE, target(scope, subject), "恢复兑换");
    }

    private void requireSubject(String village, String scope, String subject) {
        KnownVillages.require(villages, village);
        boolean known = FreezeRow.MEMBER.equals(scope) ? members.findById(village, subject) != null
                : !members.memberIdsOfHouseholds(village, List.of(subject)).isEmpty();
        if (!known) {
            throw new NotFoundException(name(scope) + " " + subject + " 不在村 " + village + " 的名册中");
        }
    }

    private static String name(String scope) {
        return FreezeRow.MEMBER.equals(scope) ? "村民" : "户";
    }

    private static String target(String scope, String subject) {
        return (FreezeRow.MEMBER.equals(scope) ? "members/" : "households/") + subject + "/redemption-freeze";
    }
}
