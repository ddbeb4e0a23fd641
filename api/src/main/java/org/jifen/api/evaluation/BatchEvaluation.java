package org.jifen.api.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jifen.engine.history.MemberHistory;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.EvaluationException;
import org.jifen.facts.Evidence;
import org.jifen.api.freeze.RuleFreezes;
import org.jifen.persistence.batch.BatchInserts;
import org.jifen.persistence.freeze.FreezeRow;
import org.jifen.persistence.evidence.EvidenceMapper;
import org.jifen.persistence.evidence.EvidenceRow;
import org.jifen.persistence.ledger.LedgerMapper;
import org.jifen.persistence.ledger.LedgerRow;
import org.jifen.persistence.member.MemberRow;
import org.jifen.persistence.review.ReviewItemRow;
import org.jifen.persistence.review.ReviewMapper;

/**
 * One batch inside one transaction, evaluated by the {@link Evaluator}: locks its members and their households'
 * members in one ordered statement ({@link HouseholdLocks}), reads stored
 * evidence and history in one query each, evaluates in request order (earlier evidence counts
 * for later), and writes evidence and ledger rows as JDBC batches, review-queue rows in a multi-row insert. An evidence that fails
 * writes nothing and does not affect the others. Evaluations spend the request's {@link BatchBudget};
 * once it is spent, the rest of the batch is NOT_EVALUATED (nothing written for them), while the
 * evidence evaluated before are written whole, in the same transaction.
 */
final class BatchEvaluation {

    private final HouseholdLocks locks;
    private final EvidenceMapper evidence;
    private final ObjectMapper json;
    private final MeterRegistry meters;
    private final ReviewMapper reviews;
    private final BatchInserts inserts;
    private final Evaluator evaluator;
    private final RuleFreezes freezes;

    BatchEvaluation(HouseholdLocks locks, EvidenceMapper evidence, ObjectMapper json, MeterRegistry meters,
            ReviewMapper reviews, BatchInserts inserts, Evaluator evaluator, RuleFreezes freezes) {
        this.freezes = freezes;
        this.reviews = reviews;
        this.inserts = inserts;
        this.locks = locks;
        this.evidence = evidence;
        this.json = json;
        this.meters = meters;
        this.evaluator = evaluator;
    }

    List<EvidenceResult> run(CompiledPolicy policy, List<PreparedEvidence> batch, boolean write, BatchBudget budget) {
        String village = policy.villageId();
        List<String> memberIds = batch.stream().flatMap(p -> java.util.stream.Stream.concat(
                java.util.stream.Stream.of(p.fact().memberId()), p.evaluatedIds().stream())).distinct().sorted().toList();
        Map<String, MemberRow> memberRows = locks.lock(village, memberIds);
        Map<String, EvidenceRow> stored = evidence.findByIds(village, batch.stream().map(p -> p.fact().id()).toList())
                .stream().collect(Collectors.toMap(EvidenceRow::evidenceId, Function.identity()));
        List<Evidence> fresh = batch.stream()
                .filter(p -> !stored.containsKey(p.fact().id()) && memberRows.containsKey(p.fact().memberId()))
                .flatMap(p -> evaluated(p, memberRows).stream()).toList();
        Histories histories = evaluator.historiesFor(village, fresh, id -> memberRows.get(id).householdId(),
                policy::usesStreakOf, Set.of());
        List<EvidenceResult> results = new ArrayList<>(batch.size());
        List<EvidenceRow> evidenceRows = new ArrayList<>();
        List<LedgerRow> ledgerRows = new ArrayList<>();
        List<ReviewItemRow> reviewRows = new ArrayList<>();
        List<FreezeRow> freezeRows = new ArrayList<>();
        for (PreparedEvidence item : batch) {
            Evidence fact = item.fact();
            EvidenceRow earlier = stored.get(fact.id());
            MemberRow member = memberRows.get(fact.memberId());
            if (earlier != null) {
                results.add(replay(earlier, item));
            } else if (member == null) {
                results.add(EvidenceResult.failed(fact.id(), EvidenceResult.Status.UNKNOWN_MEMBER, "member "
                        + fact.memberId() + " is not registered in village " + village
                        + "; register it with PUT /api/v1/villages/" + village + "/members/" + fact.memberId()));
            } else if (budget.spent() != null) {
                results.add(EvidenceResult.failed(fact.id(), EvidenceResult.Status.NOT_EVALUATED, budget.detail()));
            } else {
                EvidenceResult result = item.participants().isEmpty()
                        ? evaluate(budget, item, member, histories.member(fact.memberId()),
                                histories.household(member.householdId(), fact.memberId()), write)
                        : evaluate(budget, item, memberRows, histories, write);
                results.add(result);
                if (write && result.status() == EvidenceResult.Status.CREDITED) {
                    evidenceRows.add(evidenceRow(village, item, result, policy.version()));
                    ledgerRows.addAll(LedgerRows.of(village, fact, id -> memberRows.get(id).householdId(),
                            result.awards(), policy.version(), 0, Evaluator.Provenance.SUBMISSION));
                    freezeRows.addAll(RuleSuspensions.freezes(village, fact, id -> memberRows.get(id).householdId(),
                            result.awards()));
                    if (Provisional.applies(fact)) {
                        reviewRows.add(Provisional.item(village, fact, member, result, policy.version(), json));
                    }
                }
            }
        }
        if (write) {
            inserts.insert(EvidenceMapper.class, EvidenceMapper::insertOne, evidenceRows);
            inserts.insert(LedgerMapper.class, LedgerMapper::insertOne, ledgerRows);
            insertInChunks(reviewRows, 200, reviews::insertAll);
            freezes.apply(village, freezeRows);
        }
        return results;
    }

    private EvidenceResult evaluate(BatchBudget budget, PreparedEvidence item, MemberRow row, MemberHistory history,
            MemberHistory household, boolean write) {
        Evidence fact = item.fact();
        CompiledPolicy policy = budget.policy();
        try {
            Evaluator.Evaluated done = evaluator.evaluate(policy, fact, Evaluator.member(row), history, household,
                    true);
            budget.awarded(done.awards().size() + done.provisional().size());
            return new EvidenceResult(fact.id(), write ? EvidenceResult.Status.CREDITED : EvidenceResult.Status.DRY_RUN,
                    policy.version(), done.awards(), done.provisional(), done.evaluation().problems(), List.of(), null,
                    false);
        } catch (EvaluationException e) {
            return failed(budget, fact, e);
        }
    }

    /** Evidence with participants: each registered participant evaluated as that member. */
    private EvidenceResult evaluate(BatchBudget budget, PreparedEvidence item, Map<String, MemberRow> rows,
            Histories histories, boolean write) {
        Evidence fact = item.fact();
        CompiledPolicy policy = budget.policy();
        try {
            Evaluator.EvaluatedParticipants done = evaluator.evaluateParticipants(policy, fact, item.participants(),
                    rows::get, histories, true);
            budget.awarded(done.awards().size() + done.provisional().size());
            return new EvidenceResult(fact.id(), write ? EvidenceResult.Status.CREDITED : EvidenceResult.Status.DRY_RUN,
                    policy.version(), done.awards(), done.provisional(), done.problems(), done.unregistered(), null,
                    false);
        } catch (EvaluationException e) {
            return failed(budget, fact, e);
        }
    }

    /** A spent budget leaves the evidence NOT_EVALUATED; a guard that stopped a rule fails it. */
    private EvidenceResult failed(BatchBudget budget, Evidence fact, EvaluationException e) {
        CompiledPolicy policy = budget.policy();
        if (e instanceof EvaluationException.BudgetSpent) {
            budget.spentInEngine(e.getMessage());
            return EvidenceResult.failed(fact.id(), EvidenceResult.Status.NOT_EVALUATED, budget.detail());
        }
        meters.counter("jifen.policy.guard.trips", "village", policy.villageId(),
                "version", Integer.toString(policy.version())).increment();
        return EvidenceResult.failed(fact.id(), EvidenceResult.Status.FAILED,
                "policy version " + policy.version() + " could not evaluate this evidence: " + e.getMessage());
    }

    /** The facts evaluated for {@code item}: its own, or one per registered participant (for loading histories). */
    private static List<Evidence> evaluated(PreparedEvidence item, Map<String, MemberRow> rows) {
        if (item.participants().isEmpty()) {
            return List.of(item.fact());
        }
        return item.participants().stream().filter(p -> rows.containsKey(p.memberId()))
                .map(p -> item.fact().forParticipant(p.memberId(), p.role())).toList();
    }

    private EvidenceResult replay(EvidenceRow earlier, PreparedEvidence item) {
        if (!earlier.payloadHash().equals(item.payloadHash())) {
            return EvidenceResult.failed(item.fact().id(), EvidenceResult.Status.CONFLICT, "evidence "
                    + item.fact().id() + " was already submitted with different content; use a new id for new evidence");
        }
        try {
            return json.readValue(earlier.result(), EvidenceResult.class).asReplay();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored result of evidence " + earlier.evidenceId() + " is not readable", e);
        }
    }

    private EvidenceRow evidenceRow(String village, PreparedEvidence item, EvidenceResult result, int version) {
        Evidence fact = item.fact();
        try {
            return new EvidenceRow(village, fact.id(), fact.memberId(), fact.type(), fact.occurredAt(), fact.status(),
                    item.payloadHash(), item.payload(), json.writeValueAsString(result), version, null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> void insertInChunks(List<T> rows, int size, java.util.function.ToIntFunction<List<T>> insert) {
        for (int from = 0; from < rows.size(); from += size) {
            insert.applyAsInt(rows.subList(from, Math.min(rows.size(), from + size)));
        }
    }
}
