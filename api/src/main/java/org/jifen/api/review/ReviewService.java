package org.jifen.api.review;

import org.jifen.api.village.KnownVillages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jifen.api.audit.AuditAction;
import org.jifen.api.audit.AuditLog;
import org.jifen.api.evaluation.ApprovalCredit;
import org.jifen.api.evaluation.AwardView;
import org.jifen.api.evaluation.HouseholdLocks;
import org.jifen.api.ledger.LedgerIds;
import org.jifen.api.ledger.LedgerProblem;
import org.jifen.api.ledger.LedgerTransactions;
import org.jifen.api.policy.PolicyRegistry;
import org.jifen.api.policy.PolicyTimes;
import org.jifen.api.security.Actor;
import org.jifen.api.web.NotFoundException;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.EvaluationException;
import org.jifen.persistence.evidence.EvidenceMapper;
import org.jifen.persistence.evidence.EvidenceRow;
import org.jifen.persistence.key.ApiKeyMapper;
import org.jifen.persistence.member.MemberMapper;
import org.jifen.persistence.member.MemberRow;
import org.jifen.persistence.review.ReviewDecisionRow;
import org.jifen.persistence.review.ReviewItemRow;
import org.jifen.persistence.review.ReviewMapper;
import org.jifen.persistence.village.VillageMapper;
import org.springframework.stereotype.Service;

/**
 * Review decisions and the review queue. A decision is made by the key that sends it: the reviewer
 * recorded is the key's holder (see {@link Reviewer}). It locks the evidence's member and its
 * participants with their households (as every change to points does), so decisions on one
 * member's evidence, and the evaluations of its
 * evidence, happen one at a time; a repeated decision (same key, or same person, same decision)
 * writes nothing, and a person decides once whichever key they use.
 */
@Service
class ReviewService {

    private static final TypeReference<List<AwardView>> AWARDS = new TypeReference<>() { };

    private final PolicyRegistry registry;
    private final EvidenceMapper evidence;
    private final MemberMapper members;
    private final ReviewMapper reviews;
    private final VillageMapper villages;
    private final ApprovalCredit credit;
    private final LedgerTransactions transactions;
    private final AuditLog audit;
    private final ApiKeyMapper keys;
    private final ObjectMapper json;
    private final QueueDetails details;
    private final HouseholdLocks locks;

    ReviewService(PolicyRegistry registry, EvidenceMapper evidence, MemberMapper members, ReviewMapper reviews,
            VillageMapper villages, ApprovalCredit credit, LedgerTransactions transactions, AuditLog audit,
            ApiKeyMapper keys, ObjectMapper json, QueueDetails details, HouseholdLocks locks) {
        this.locks = locks;
        this.registry = registry;
        this.evidence = evidence;
        this.members = members;
        this.reviews = reviews;
        this.villages = villages;
        this.credit = credit;
        this.transactions = transactions;
        this.audit = audit;
        this.keys = keys;
        this.json = json;
        this.details = details;
    }

    ReviewView review(String village, String evidenceId, ReviewRequest request) {
        Reviewer reviewer = Reviewer.of(Objects.requireNonNull(Actor.currentKey(), "no key"), request.reviewer());
        CompiledPolicy policy = registry.active(village)
                .orElseThrow(() -> new NotFoundException("village " + village + " does not exist or has no policy"));
        return transactions.run(() -> decide(policy, evidenceId, reviewer, request));
    }

    private ReviewView decide(CompiledPolicy policy, String evidenceId, Reviewer reviewer, ReviewRequest request) {
        String village = policy.villageId();
        EvidenceRow stored = evidence.findByIds(village, List.of(evidenceId)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("evidence " + evidenceId + " was not submitted to village "
                        + village));
        Map<String, MemberRow> locked = locks.lock(village, java.util.stream.Stream.concat(
                java.util.stream.Stream.of(stored.memberId()), ApprovalCredit.creditedIds(stored).stream())
                .distinct().sorted().toList());
        ReviewItemRow item = reviews.findItem(village, evidenceId);
        if (item == null) {
            throw LedgerProblem.conflict("evidence " + evidenceId + (stored.status().equals(ReviewItemRow.PENDING)
                    ? " was submitted PENDING before the review queue existed and has no provisional awards"
                    : " was submitted " + stored.status() + "; only evidence submitted PENDING awaits review"));
        }
        List<ReviewDecisionRow> decisions = reviews.decisions(village, evidenceId);
        for (ReviewDecisionRow earlier : decisions) {
            if (reviewer.decided(earlier, earlier.keyId() == null ? null : keys.find(earlier.keyId()))) {
                if (earlier.decision().equals(request.decision())) {
                    return view(item, decisions);
                }
                throw LedgerProblem.conflict(reviewer.described() + " already decided " + earlier.decision()
                        + " on evidence " + evidenceId + (reviewer.keyId().equals(earlier.keyId()) ? ""
                                : " (as " + earlier.reviewer() + (earlier.keyId() == null ? "" : ", key "
                                        + earlier.keyId()) + ")") + "; a reviewer decides once, whichever key");
            }
        }
        if (!item.open()) {
            throw LedgerProblem.conflict("evidence " + evidenceId + " is already " + item.status() + " (by "
                    + decisions.stream().map(ReviewDecisionRow::reviewer).collect(Collectors.joining(", ")) + ")");
        }
        Independence.check(stored, locked.values(), reviewer, village.equals(reviewer.memberVillage())
                ? members.findById(village, reviewer.memberId()) : null);
        reviews.insertDecision(new ReviewDecisionRow(village, evidenceId, reviewer.holder(), reviewer.keyId(),
                request.decision(), LedgerIds.cut(request.note(), 500), null));
        String target = "evidence/" + evidenceId;
        if (request.decision().equals(ReviewItemRow.REJECTED)) {
            reviews.updateItem(village, evidenceId, ReviewItemRow.REJECTED, null, null);
            reviews.updateEvidenceStatus(village, evidenceId, ReviewItemRow.REJECTED);
            audit.record(village, AuditAction.REVIEW_DECISION, target, "REJECTED by " + reviewer.holder()
                    + "; provisional " + item.provisionalPoints() + " points dropped");
        } else if (needsSecondReviewer(policy, item) && decisions.stream().noneMatch(this::approval)) {
            reviews.updateItem(village, evidenceId, ReviewItemRow.AWAITING_SECOND_REVIEW, null, null);
            audit.record(village, AuditAction.REVIEW_DECISION, target, "APPROVED by " + reviewer.holder()
                    + ", awaiting a second reviewer with another key (provisional " + item.provisionalPoints()
                    + " points)");
        } else {
            approve(policy, stored, locked, item, decisions, reviewer, request);
        }
        return view(reviews.findItem(village, evidenceId), reviews.decisions(village, evidenceId));
    }

    private void approve(CompiledPolicy policy, EvidenceRow stored, Map<String, MemberRow> members, ReviewItemRow item,
            List<ReviewDecisionRow> decisions, Reviewer reviewer, ReviewRequest request) {
        String village = policy.villageId();
        List<String> approvers = new ArrayList<>(decisions.stream().filter(this::approval)
                .map(ReviewDecisionRow::reviewer).toList());
        approvers.add(reviewer.holder());
        String reviewers = String.join(",", approvers);
        ApprovalCredit.Credited credited;
        try {
            credited = credit.credit(policy, stored, members, "review:" + stored.evidenceId(),
                    LedgerIds.cut(reviewers, 100), LedgerIds.cut("审核通过" + (request.note() == null ? ""
                            : ": " + request.note()), 500));
        } catch (EvaluationException e) {
            throw LedgerProblem.refused(null, "policy version " + policy.version() + " could not evaluate evidence "
                    + stored.evidenceId() + ": " + e.getMessage());
        }
        reviews.updateItem(village, stored.evidenceId(), ReviewItemRow.APPROVED, write(credited.awards()),
                credited.policyVersion());
        reviews.updateEvidenceStatus(village, stored.evidenceId(), ReviewItemRow.APPROVED);
        int points = credited.awards().stream().mapToInt(AwardView::points).sum();
        audit.record(village, AuditAction.REVIEW_DECISION, "evidence/" + stored.evidenceId(), "APPROVED by "
                + reviewers + ": " + credited.awards().stream().filter(a -> a.points() != 0).count() + " awards, "
                + points + " points credited, policy version " + credited.policyVersion());
    }

    private boolean approval(ReviewDecisionRow decision) {
        return decision.decision().equals(ReviewItemRow.APPROVED);
    }

    /** Whether the evidence's provisional points, in absolute value, exceed the village's {@code review.secondReviewerAbove} (a typed setting). */
    private static boolean needsSecondReviewer(CompiledPolicy policy, ReviewItemRow item) {
        return Math.abs((long) item.provisionalPoints()) > policy.settings().secondReviewerAbove();
    }

    PendingPage pending(String village, int limit, int offset) {
        ZoneId zone = PolicyTimes.zone(KnownVillages.require(villages, village).timezone());
        List<ReviewItemRow> items = reviews.openPage(village, offset, limit);
        Map<String, List<DecisionView>> decisions = reviews.decisionsOf(village,
                items.stream().map(ReviewItemRow::evidenceId).toList()).stream()
                .collect(Collectors.groupingBy(ReviewDecisionRow::evidenceId,
                        Collectors.mapping(DecisionView::of, Collectors.toList())));
        return new PendingPage(reviews.countOpen(village), details.of(village, zone, items, decisions, this::read));
    }

    private ReviewView view(ReviewItemRow item, List<ReviewDecisionRow> decisions) {
        boolean open = item.open();
        return new ReviewView(item.evidenceId(), item.status(), decisions.stream().map(DecisionView::of).toList(),
                read(item.awards()), item.creditedVersion(), open ? item.provisionalPoints() : 0,
                open ? read(item.provisionalAwards()) : List.of());
    }

    private List<AwardView> read(String awards) {
        try {
            return awards == null ? List.of() : json.readValue(awards, AWARDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored awards are not readable", e);
        }
    }

    private String write(List<AwardView> awards) {
        try {
            return json.writeValueAsString(Objects.requireNonNull(awards));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
