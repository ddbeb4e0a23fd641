package org.jifen.api.ledger;

import org.jifen.persistence.ledger.LedgerKind;
import org.jifen.api.village.KnownVillages;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.jifen.api.audit.AuditAction;
import org.jifen.api.audit.AuditLog;
import org.jifen.api.web.InvalidFieldException;
import org.jifen.api.web.NotFoundException;
import org.jifen.persistence.correction.CorrectionMapper;
import org.jifen.persistence.ledger.LedgerMapper;
import org.jifen.persistence.ledger.LedgerRow;
import org.jifen.persistence.member.MemberMapper;
import org.jifen.persistence.member.MemberRow;
import org.jifen.persistence.village.VillageMapper;
import org.jifen.persistence.village.VillageRow;
import org.springframework.stereotype.Service;

/**
 * Manual adjustments (奖惩 the village committee decided): one ADJUSTMENT entry, rule 人工调整,
 * occurred now (village time), with operator and reason, under the member's lock, once per request
 * key. Adjustments are not rule awards: they count for the balance, not for tallies or caps.
 */
@Service
class AdjustmentService {

    static final String RULE = "人工调整";
    static final String DEFAULT_CATEGORY = "综合";

    private final CorrectionMapper corrections;
    private final LedgerMapper ledger;
    private final MemberMapper members;
    private final VillageMapper villages;
    private final LedgerTransactions transactions;
    private final AuditLog audit;

    AdjustmentService(CorrectionMapper corrections, LedgerMapper ledger, MemberMapper members, VillageMapper villages,
            LedgerTransactions transactions, AuditLog audit) {
        this.corrections = corrections;
        this.ledger = ledger;
        this.members = members;
        this.villages = villages;
        this.transactions = transactions;
        this.audit = audit;
    }

    CorrectionResult adjust(String village, AdjustmentRequest request) {
        VillageRow row = KnownVillages.require(villages, village);
        String operator = Operator.current(request.operator());
        if (request.points() == 0) {
            throw new InvalidFieldException("points", "分值不能为 0：奖惩要么加分，要么扣分（must not be 0: an adjustment adds or takes points）");
        }
        String category = request.category() == null || request.category().isBlank() ? DEFAULT_CATEGORY
                : request.category().strip();
        ZoneId zone = row.timezone() == null ? ZoneId.of("Asia/Shanghai") : ZoneId.of(row.timezone());
        return transactions.run(() -> {
            List<MemberRow> locked = members.lockForUpdate(village, List.of(request.memberId()));
            if (locked.isEmpty()) {
                throw new NotFoundException("本村没有登记成员 " + request.memberId() + "（member " + request.memberId()
                        + " is not registered in village " + village + "）");
            }
            List<LedgerRow> earlier = corrections.bySource(village, LedgerKind.ADJUSTMENT, request.requestKey());
            if (!earlier.isEmpty()) {
                LedgerRow e = earlier.get(0);
                if (e.memberId().equals(request.memberId()) && e.points() == request.points()
                        && e.category().equals(category) && Objects.equals(e.reason(), request.reason())) {
                    return result(request, true, earlier);
                }
                throw LedgerProblem.conflict("这次提交与已记入的另一笔奖惩重复了编号，请刷新页面后重新填写（request key "
                        + request.requestKey() + " was already used for adjustment "
                        + e.entryId() + " (" + e.memberId() + ", " + e.points() + " points, " + e.category()
                        + "); use a new key for another adjustment）");
            }
            ledger.insertAll(List.of(new LedgerRow(village, null, request.memberId(), locked.get(0).householdId(),
                    null, 0, null, LocalDateTime.now(zone).truncatedTo(ChronoUnit.SECONDS), RULE, category,
                    request.points(), request.points(), null, LedgerKind.ADJUSTMENT, request.requestKey(), null,
                    operator, request.reason(), null)));
            List<LedgerRow> written = corrections.bySource(village, LedgerKind.ADJUSTMENT, request.requestKey());
            audit.record(village, AuditAction.ADJUSTMENT, "members/" + request.memberId(), "request "
                    + request.requestKey() + " by " + operator + ": " + request.points() + " points ("
                    + category + "), entry " + written.get(0).entryId() + "; " + request.reason());
            return result(request, false, written);
        });
    }

    private static CorrectionResult result(AdjustmentRequest request, boolean replayed, List<LedgerRow> rows) {
        return new CorrectionResult(request.requestKey(), replayed, rows.stream().map(EntryView::of).toList());
    }
}
