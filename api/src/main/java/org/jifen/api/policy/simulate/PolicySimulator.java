package org.jifen.api.policy.simulate;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.Semaphore;
import org.jifen.engine.history.HistoryWindow;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.persistence.evidence.EvidenceMapper;
import org.jifen.api.evaluation.Evaluator;
import org.jifen.persistence.member.MemberMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The what-if replay: the village's stored evidence with {@code from <= occurredAt < to}, in
 * (occurredAt, evidence id) order, through a baseline and a candidate policy, each with its own
 * in-memory history per member. Writes nothing and locks nothing: one read-only REPEATABLE READ
 * transaction (a consistent snapshot, plain non-locking reads) pages through the evidence on
 * {@code ix_evidence_time} with a keyset, {@value #PAGE_SIZE} payloads at a time.
 *
 * <p>A member's history is seeded, when the member first appears, with their real credited
 * ledger entries in the periods that contain {@code from} (those before {@code from} that still
 * count for tallies and caps) and, when either policy matches Streak facts, their approved days
 * of the {@value HistoryWindow#MAX_STREAK_DAYS} days before {@code from}; their household's history
 * (for {@code /户} caps, {@code HouseholdTally} and a household base score) likewise with the entries
 * credited in the household, shared by its members within each policy. From then on each policy's
 * histories grow with its own credited awards only. Households are independent (rules never see
 * other households), so the evidence of one page is evaluated on a small pool, one household's
 * evidence in order on one thread. Evidence with participants is evaluated once per registered
 * participant, as that member with their role (as the evaluate endpoint does), into that participant's
 * own and household histories, and its awards count for each participant; unregistered participants
 * are skipped and reported ({@code participantProblems}). Such evidence spans households, so a page
 * with any of it is evaluated on the request thread, in page order.
 *
 * <p>The baseline column is a replay too, not the ledger: it equals what was credited when the
 * evidence arrived in time order under the active version. Evidence that arrived late (credited
 * before earlier-dated evidence), or was credited under another version, can differ; ledger
 * entries dated at or after {@code to} are not seen. A policy that fails on an evidence (a
 * tripped guard, a rule that throws) credits nothing for it, as in the service, and counts as
 * that policy's error. Past the time limit ({@code jifen.simulation.time-limit}, 2 minutes) the
 * replay stops and the report says so ({@code complete: false}).
 */
@Service
public class PolicySimulator {

    private static final Logger log = LoggerFactory.getLogger(PolicySimulator.class);

    /** Evidence read per query. */
    public static final int PAGE_SIZE = 2_000;
    /** Members, households and changed evidence listed at most; the report counts the rest. */
    public static final int MAX_ROWS = 1_000;
    /** Error messages kept per policy. */
    public static final int MAX_ERROR_SAMPLES = 10;

    private final EvidenceMapper evidence;
    private final Evaluator evaluator;
    private final MemberMapper members;
    private final TransactionTemplate readOnly;
    private final Duration timeLimit;
    private final SimulationWorkers workers;
    private final Semaphore running;

    PolicySimulator(EvidenceMapper evidence, Evaluator evaluator, MemberMapper members,
            PlatformTransactionManager transactionManager,
            @Value("${jifen.simulation.time-limit:PT2M}") Duration timeLimit,
            @Value("${jifen.simulation.threads:0}") int threads,
            @Value("${jifen.simulation.max-concurrent:2}") int maxConcurrent) {
        this.evidence = evidence;
        this.evaluator = evaluator;
        this.members = members;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.timeLimit = timeLimit;
        this.workers = new SimulationWorkers(threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors()));
        this.running = new Semaphore(Math.max(1, maxConcurrent));
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /**
     * Replays the village's evidence with {@code from <= occurredAt < to} (village time) through
     * both policies.
     *
     * @throws SimulationBusyException when the allowed number of simulations are already running
     */
    public SimulationReport simulate(String villageId, CompiledPolicy baseline, CompiledPolicy candidate,
            LocalDateTime from, LocalDateTime to) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
        if (!running.tryAcquire()) {
            throw new SimulationBusyException();
        }
        try {
            long started = System.nanoTime();
            SimulationRun run = new SimulationRun(evidence, evaluator, members, workers, villageId, baseline, candidate, from, to,
                    started + timeLimit.toNanos());
            readOnly.executeWithoutResult(status -> run.replay());
            long millis = (System.nanoTime() - started) / 1_000_000;
            SimulationReport report = run.report(millis);
            log.info("village {}: simulated {} evidence in [{}, {}) in {} ms: baseline {} points, candidate {} ({} changed){}",
                    villageId, report.evidenceCount(), from, to, millis, report.totals().baseline(),
                    report.totals().candidate(), report.changed().count(), report.complete() ? "" : ", stopped at the time limit");
            return report;
        } finally {
            running.release();
        }
    }

    /** Too many simulations at once: 503, try again shortly. */
    public static final class SimulationBusyException extends RuntimeException {
        SimulationBusyException() {
            super("other simulations are running; try again in a few seconds");
        }
    }
}
