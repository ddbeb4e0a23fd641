package org.jifen.api.freeze;

import java.util.List;
import org.jifen.api.audit.AuditAction;
import org.jifen.api.audit.AuditLog;
import org.jifen.persistence.freeze.FreezeMapper;
import org.jifen.persistence.freeze.FreezeRow;
import org.springframework.stereotype.Component;

/**
 * Redemption freezes set by rules ({@code award.suspend}): each sets its subject's freeze or extends
 * it (the later last day wins, so a rule never shortens an official's freeze), in the caller's
 * transaction, and is audited. An official lifts it as any other freeze.
 */
@Component
public class RuleFreezes {

    private final FreezeMapper freezes;
    private final AuditLog audit;

    RuleFreezes(FreezeMapper freezes, AuditLog audit) {
        this.freezes = freezes;
        this.audit = audit;
    }

    /** Sets or extends the freezes of {@code rows} (all of {@code village}). */
    public void apply(String village, List<FreezeRow> rows) {
        for (FreezeRow row : rows) {
            freezes.extend(row);
            audit.record(village, AuditAction.REDEMPTION_FREEZE, (FreezeRow.MEMBER.equals(row.scope()) ? "members/"
                    : "households/") + row.subjectId() + "/redemption-freeze",
                    "暂停兑换至 " + row.untilDay() + "，原因：" + row.reason() + "，" + row.operator());
        }
    }
}
