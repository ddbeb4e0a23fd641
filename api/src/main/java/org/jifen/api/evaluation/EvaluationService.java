package org.jifen.api.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jifen.api.policy.JifenProperties;
import org.jifen.api.policy.PolicyRegistry;
import org.jifen.api.web.InvalidFieldException;
import org.jifen.api.web.NotFoundException;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.persistence.evidence.EvidenceMapper;
import org.jifen.persistence.ledger.LedgerMapper;
import org.jifen.persistence.member.MemberMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evaluates a batch, on the bounded {@link EvaluationPool}, against the village's active policy in
 * one READ COMMITTED transaction (no
 * gap locks), retrying deadlocks, lock timeouts and a concurrent insert of the same id with
 * bounded, jittered backoff. A retry re-reads everything, so a repeated id becomes a replay.
 */
@Service
class EvaluationService {

    private static final Logger log = LoggerFactory.getLogger(EvaluationService.class);

    private final PolicyRegistry registry;
    private final EvaluationPool pool;
    private final BatchEvaluation batch;
    private final TransactionTemplate transactions;
    private final JifenProperties properties;

    EvaluationService(PolicyRegistry registry, MemberMapper members, EvidenceMapper evidence, LedgerMapper ledger,
            ObjectMapper json, PlatformTransactionManager transactionManager, JifenProperties properties,
            MeterRegistry meters, EvaluationPool pool) {
        this.registry = registry;
        this.pool = pool;
        this.batch = new BatchEvaluation(members, evidence, ledger, json, meters);
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.transactions.setTimeout(60);
        this.properties = properties;
    }

    EvaluationResponse evaluate(String villageId, EvaluationRequest request) {
        CompiledPolicy policy = registry.active(villageId)
                .orElseThrow(() -> new NotFoundException("village " + villageId + " does not exist or has no policy"));
        if (request.evidence().size() > properties.maxBatch()) {
            throw new InvalidFieldException("evidence", "at most " + properties.maxBatch() + " evidence per request");
        }
        List<PreparedEvidence> prepared = prepare(request, policy);
        List<EvidenceResult> results = pool.run(() -> withRetries(() -> transactions.execute(status -> {
            List<EvidenceResult> out = batch.run(policy, prepared, !request.dryRun());
            if (request.dryRun()) {
                status.setRollbackOnly();
            }
            return out;
        })));
        return new EvaluationResponse(villageId, request.dryRun(), results);
    }

    private static List<PreparedEvidence> prepare(EvaluationRequest request, CompiledPolicy policy) {
        List<PreparedEvidence> prepared = new ArrayList<>(request.evidence().size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < request.evidence().size(); i++) {
            EvidenceInput input = request.evidence().get(i);
            if (!ids.add(input.id())) {
                throw new InvalidFieldException("evidence[" + i + "].id", "evidence id " + input.id()
                        + " appears more than once in this request");
            }
            prepared.add(EvidencePreparer.prepare(input, i, policy.config().timezone()));
        }
        return prepared;
    }

    private <T> T withRetries(java.util.function.Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (TransientDataAccessException | DuplicateKeyException e) {
                if (attempt >= properties.maxAttempts()) {
                    throw e;
                }
                log.debug("batch attempt {} failed ({}), retrying", attempt, e.getClass().getSimpleName());
                sleep((5L << attempt) + ThreadLocalRandom.current().nextLong(10));
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", e);
        }
    }
}
