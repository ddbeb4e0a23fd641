package org.jifen.api.freeze;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Sets or extends the freezes of {@code rows} (all of {@code village}): one write and one audit
     * entry per member or household, with the latest day among its rows (a batch may suspend the same
     * household many times; a request's awards are bounded, but not its repeats).
     */
    public void apply(String village, List<FreezeRow> rows) {
        Map<String, FreezeRow> latest = new LinkedHashMap<>();
        for (FreezeRow row : rows) {
            latest.merge(row.scope() + "/" + row.subjectId(), row,
                    (a, b) -> b.untilDay().isAfter(a.untilDay()) ? b : a);
        }
        for (FreezeRow row : latest.values()) {
            freezes.extend(row);
            audit.record(village, AuditAction.REDEMPTION_FREEZE, (FreezeRow.MEMBER.equals(row.scope()) ? "members/"
                    : "households/") + row.subjectId() + "/redemption-freeze",
                    "暂停兑换至 " + row.untilDay() + "，原因：" + row.reason() + "，" + row.operator());
        }
    }
}
