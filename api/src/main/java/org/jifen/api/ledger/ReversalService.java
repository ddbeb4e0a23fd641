package org.jifen.api.ledger;

import org.jifen.persistence.ledger.LedgerKind;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jifen.api.audit.AuditAction;
import org.jifen.api.audit.AuditLog;
import org.jifen.api.web.NotFoundException;
import org.jifen.persistence.correction.CorrectionMapper;
import org.jifen.persistence.evidence.EvidenceMapper;
import org.jifen.persistence.ledger.LedgerMapper;
import org.jifen.persistence.ledger.LedgerRow;
import org.jifen.persistence.member.MemberMapper;
import org.springframework.stereotype.Service;

/**
 * Reversals: a compensating REVERSAL entry per reversed entry (same member, household, evidence,
 * award_seq, rule, category and occurred_at; points negated; reverses_entry set), written under the
 * member's lock. A reversed award stops counting for tallies and caps, so its room is free again; a
 * reversed warning (0 points) stops counting in {@code Tally.warnings}, so reversing an evidence
 * reverses its warnings too.
 * An entry is reversed at most once; a reversal is never reversed; a request key is used once.
 */
@Service
class ReversalService {

    private static final Set<LedgerKind> REVERSIBLE = Set.of(LedgerKind.AWARD, LedgerKind.ADJUSTMENT, LedgerKind.WARNING);

    private final CorrectionMapper corrections;
    private final LedgerMapper ledger;
    private final MemberMapper members;
    private final EvidenceMapper evidence;
    private final LedgerTransactions transactions;
    private final AuditLog audit;

    ReversalService(CorrectionMapper corrections, LedgerMapper ledger, MemberMapper members, EvidenceMapper evidence,
            LedgerTransactions transactions, AuditLog audit) {
        this.corrections = corrections;
        this.ledger = ledger;
        this.members = members;
        this.evidence = evidence;
        this.transactions = transactions;
        this.audit = audit;
    }

    CorrectionResult reverseEntry(String village, long entryId, ReversalRequest request) {
        String operator = Operator.current(request.operator());
        return transactions.run(() -> {
            LedgerRow entry = corrections.findEntry(village, entryId);
            if (entry == null) {
                throw new NotFoundException("本村没有这条积分记录（ledger entry " + entryId + " does not exist in village "
                        + village + "）");
            }
            members.lockForUpdate(village, List.of(entry.memberId()));
            List<LedgerRow> earlier = corrections.bySource(village, LedgerKind.REVERSAL, request.requestKey());
            if (!earlier.isEmpty()) {
                if (earlier.size() == 1 && earlier.get(0).reversesEntry() == entryId) {
                    return result(request, true, earlier);
                }
                throw keyUsed(request, earlier);
            }
            refuseIrreversible(entry);
            List<LedgerRow> done = corrections.reversalsOf(village, List.of(entryId));
            if (!done.isEmpty()) {
                throw LedgerProblem.conflict("这条积分记录已经冲正过了，不能再冲正（ledger entry " + entryId
                        + " was already reversed by entry " + done.get(0).entryId() + ", request key "
                        + done.get(0).sourceId() + "）");
            }
            return write(village, "ledger/" + entryId, List.of(entry), request, operator);
        });
    }

    CorrectionResult reverseEvidence(String village, String evidenceId, ReversalRequest request) {
        String operator = Operator.current(request.operator());
        return transactions.run(() -> {
            List<LedgerRow> awards = reversible(corrections.awardsOfEvidence(village, evidenceId));
            if (awards.isEmpty()) {
                if (evidence.findByIds(village, List.of(evidenceId)).isEmpty()) {
                    throw new NotFoundException("本村没有收到这条事项（evidence " + evidenceId + " was not submitted to village "
                            + village + "）");
                }
                throw LedgerProblem.conflict("这条事项没有记入积分，无需冲正（evidence " + evidenceId
                        + " has no awards in the ledger to reverse）");
            }
            members.lockForUpdate(village, awards.stream().map(LedgerRow::memberId).distinct().sorted().toList());
            awards = reversible(corrections.awardsOfEvidence(village, evidenceId)); // an approval may have credited more
            List<LedgerRow> earlier = corrections.bySource(village, LedgerKind.REVERSAL, request.requestKey());
            if (!earlier.isEmpty()) {
                if (earlier.stream().allMatch(r -> evidenceId.equals(r.evidenceId()))) {
                    return result(request, true, earlier);
                }
                throw keyUsed(request, earlier);
            }
            Set<Long> reversed = corrections.reversalsOf(village, awards.stream().map(LedgerRow::entryId).toList())
                    .stream().map(LedgerRow::reversesEntry).collect(Collectors.toSet());
            List<LedgerRow> open = awards.stream().filter(a -> !reversed.contains(a.entryId())).toList();
            if (open.isEmpty()) {
                throw LedgerProblem.conflict("这条事项的积分已经全部冲正过了（all " + awards.size() + " awards of evidence "
                        + evidenceId + " were already reversed）");
            }
            return write(village, "evidence/" + evidenceId, open, request, operator);
        });
    }

    private CorrectionResult write(String village, String target, List<LedgerRow> entries, ReversalRequest request,
            String operator) {
        ledger.insertAll(entries.stream().map(e -> new LedgerRow(village, null, e.memberId(), e.householdId(),
                e.evidenceId(), e.awardSeq(), e.evidenceType(), e.occurredAt(), e.ruleName(), e.category(),
                -e.requested(), -e.points(), e.policyVersion(), LedgerKind.REVERSAL, request.requestKey(), e.entryId(),
                operator, request.reason(), null)).toList());
        List<LedgerRow> written = corrections.bySource(village, LedgerKind.REVERSAL, request.requestKey());
        audit.record(village, AuditAction.REVERSAL, target, "request " + request.requestKey() + " by "
                + operator + ": reversed entries " + entries.stream().map(e -> e.entryId().toString())
                .collect(Collectors.joining(",")) + ", " + written.stream().mapToInt(LedgerRow::points).sum()
                + " points; " + request.reason());
        return result(request, false, written);
    }

    /** An evidence's entries that a reversal compensates: a suspension's freeze is lifted by an official instead. */
    private static List<LedgerRow> reversible(List<LedgerRow> entries) {
        return entries.stream().filter(e -> REVERSIBLE.contains(e.kind())).toList();
    }

    private static void refuseIrreversible(LedgerRow entry) {
        if (entry.kind() == LedgerKind.REVERSAL) {
            throw LedgerProblem.refused(null, "冲正记录本身不能再冲正，如需更正请另记一笔奖惩（ledger entry "
                    + entry.entryId() + " is a REVERSAL of entry " + entry.reversesEntry()
                    + "; a reversal cannot be reversed: make an adjustment instead）");
        }
        if (!REVERSIBLE.contains(entry.kind())) {
            throw LedgerProblem.refused(null, "只有得分、警示和奖惩记录可以冲正，兑换请在积分超市撤销（ledger entry "
                    + entry.entryId() + " is a " + entry.kind()
                    + "; only AWARD, WARNING and ADJUSTMENT entries are reversed, a redemption is cancelled instead）");
        }
    }

    private static LedgerProblem keyUsed(ReversalRequest request, List<LedgerRow> earlier) {
        return LedgerProblem.conflict("这次提交与已做的另一次冲正重复了编号，请刷新页面后重新操作（request key "
                + request.requestKey() + " was already used to reverse entries "
                + earlier.stream().map(r -> String.valueOf(r.reversesEntry())).collect(Collectors.joining(","))
                + "; use a new key for another reversal）");
    }

    private static CorrectionResult result(ReversalRequest request, boolean replayed, List<LedgerRow> rows) {
        return new CorrectionResult(request.requestKey(), replayed, rows.stream().map(EntryView::of).toList());
    }
}
