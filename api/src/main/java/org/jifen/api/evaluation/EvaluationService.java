package org.jifen.api.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jifen.api.audit.AuditAction;
import org.jifen.api.audit.AuditLog;
import org.jifen.api.freeze.RuleFreezes;
import org.jifen.api.ledger.LedgerTransactions;
import org.jifen.api.policy.JifenProperties;
import org.jifen.api.policy.PolicyFaults;
import org.jifen.api.policy.PolicyRegistry;
import org.jifen.api.web.InvalidFieldException;
import org.jifen.api.web.NotFoundException;
import org.jifen.api.web.ServiceBusyException;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.persistence.batch.BatchInserts;
import org.jifen.persistence.evidence.EvidenceMapper;
import org.jifen.persistence.member.MemberMapper;
import org.jifen.persistence.review.ReviewMapper;
import org.springframework.stereotype.Service;

/**
 * Evaluates a batch, on the bounded {@link EvaluationPool} (in its village's share), against the
 * village's active policy in one READ COMMITTED transaction (no
 * gap locks), retrying deadlocks, lock timeouts and a concurrent insert of the same id with
 * bounded, jittered backoff. A retry re-reads everything, so a repeated id becomes a replay. The
 * request's budget runs from when its batch first starts on the pool, retries included. Evidence
 * that a guard or a failing rule stopped are counted against the version ({@link PolicyFaults}).
 */
@Service
class EvaluationService {

    private final PolicyRegistry registry;
    private final EvaluationPool pool;
    private final BatchEvaluation batch;
    private final LedgerTransactions transactions;
    private final JifenProperties properties;
    private final AuditLog audit;
    private final EvaluationMetrics metrics;
    private final EvaluationSettings.Budget budget;
    private final PolicyFaults faults;

    EvaluationService(PolicyRegistry registry, MemberMapper members, EvidenceMapper evidence, Evaluator evaluator,
            ObjectMapper json, LedgerTransactions transactions, JifenProperties properties,
            MeterRegistry meters, EvaluationPool pool, AuditLog audit, ReviewMapper reviews, BatchInserts inserts,
            EvaluationSettings settings, PolicyFaults faults, RuleFreezes freezes) {
        this.budget = settings.budget();
        this.faults = faults;
        this.audit = audit;
        this.registry = registry;
        this.pool = pool;
        this.batch = new BatchEvaluation(new HouseholdLocks(members), evidence, json, meters, reviews, inserts, evaluator,
                freezes);
        this.transactions = transactions;
        this.properties = properties;
        this.metrics = new EvaluationMetrics(meters, pool);
    }

    EvaluationResponse evaluate(String villageId, EvaluationRequest request) {
        CompiledPolicy policy = registry.active(villageId)
                .orElseThrow(() -> new NotFoundException("village " + villageId + " does not exist or has no policy"));
        if (request.evidence().size() > properties.maxBatch()) {
            throw new InvalidFieldException("evidence", "at most " + properties.maxBatch() + " evidence per request");
        }
        List<PreparedEvidence> prepared = prepare(request, policy);
        Timer.Sample started = Timer.start();
        List<EvidenceResult> results;
        try {
            results = pool.run(villageId, faults.isFaulty(villageId, policy.version()), () -> {
                long deadline = System.nanoTime() + budget.time().toNanos();
                return transactions.run(status -> {
                    List<EvidenceResult> out = batch.run(policy, prepared, !request.dryRun(),
                            new BatchBudget(policy, budget, deadline));
                    if (request.dryRun()) {
                        status.setRollbackOnly();
                    } else {
                        audit(villageId, out);
                    }
                    return out;
                }, metrics::retried);
            });
        } catch (ServiceBusyException e) {
            metrics.rejected();
            throw e;
        }
        started.stop(metrics.batches());
        metrics.record(results, !request.dryRun());
        results.stream().filter(r -> r.status() == EvidenceResult.Status.FAILED && !r.replayed())
                .forEach(r -> faults.tripped(villageId, policy.version(), r.detail()));
        return new EvaluationResponse(villageId, request.dryRun(), results);
    }

    /** One audit record per batch that stored evidence (in the batch's transaction): ids, awards and points. */
    private void audit(String villageId, List<EvidenceResult> results) {
        List<EvidenceResult> stored = results.stream()
                .filter(r -> r.status() == EvidenceResult.Status.CREDITED && !r.replayed()).toList();
        if (stored.isEmpty()) {
            return;
        }
        int awards = stored.stream().mapToInt(r -> r.awards().size()).sum();
        long points = stored.stream().flatMap(r -> r.awards().stream()).mapToLong(AwardView::points).sum();
        audit.record(villageId, AuditAction.LEDGER_CREDIT, "evaluations", null, null, stored.size() + " evidence, "
                + awards + " awards, " + points + " points, policy version " + stored.get(0).policyVersion() + ": "
                + String.join(",", stored.stream().map(EvidenceResult::evidenceId).toList()));
    }

    private static List<PreparedEvidence> prepare(EvaluationRequest request, CompiledPolicy policy) {
        int maxFuture = policy.settings().maxFutureMinutes();
        LocalDateTime latest = LocalDateTime.now(policy.config().timezone()).plusMinutes(maxFuture);
        List<PreparedEvidence> prepared = new ArrayList<>(request.evidence().size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < request.evidence().size(); i++) {
            EvidenceInput input = request.evidence().get(i);
            if (!ids.add(input.id())) {
                throw new InvalidFieldException("evidence[" + i + "].id", "evidence id " + input.id()
                        + " appears more than once in this request");
            }
            prepared.add(EvidencePreparer.prepare(input, i, policy.config().timezone(), latest, maxFuture));
        }
        return prepared;
    }
}
