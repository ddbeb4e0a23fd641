package org.jifen.api.policy.simulate;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.jifen.api.policy.simulate.SimulationReport.Award;
import org.jifen.api.policy.simulate.SimulationReport.ChangedEvidence;
import org.jifen.api.policy.simulate.SimulationReport.Changes;
import org.jifen.api.policy.simulate.SimulationReport.ErrorSample;
import org.jifen.api.policy.simulate.SimulationReport.Errors;
import org.jifen.api.policy.simulate.SimulationReport.HouseholdPoints;
import org.jifen.api.policy.simulate.SimulationReport.Listing;
import org.jifen.api.policy.simulate.SimulationReport.MemberPoints;
import org.jifen.api.policy.simulate.SimulationReport.Totals;
import org.jifen.engine.history.HistoryEntry;
import org.jifen.engine.history.HistoryWindow;
import org.jifen.engine.history.MemberHistory;
import org.jifen.engine.policy.AwardOutcome;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.Evaluation;
import org.jifen.engine.policy.EvaluationException;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;
import org.jifen.persistence.evidence.ApprovedDay;
import org.jifen.persistence.evidence.EvidenceMapper;
import org.jifen.persistence.evidence.StoredEvidence;
import org.jifen.persistence.ledger.HistoryRow;
import org.jifen.persistence.ledger.LedgerMapper;
import org.jifen.persistence.member.MemberMapper;
import org.jifen.persistence.member.MemberRow;
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
 * of the {@value HistoryWindow#MAX_STREAK_DAYS} days before {@code from}. From then on each
 * policy's history grows with its own credited awards only. Members are independent (rules never
 * see other members), so the evidence of one page is evaluated on a small pool, one member's
 * evidence in order on one thread.
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
    /** Members per IN list when seeding histories. */
    private static final int SEED_CHUNK = 500;

    private final EvidenceMapper evidence;
    private final LedgerMapper ledger;
    private final MemberMapper members;
    private final TransactionTemplate readOnly;
    private final Duration timeLimit;
    private final int threads;
    private final ExecutorService workers;
    private final Semaphore running;

    PolicySimulator(EvidenceMapper evidence, LedgerMapper ledger, MemberMapper members,
            PlatformTransactionManager transactionManager,
            @Value("${jifen.simulation.time-limit:PT2M}") Duration timeLimit,
            @Value("${jifen.simulation.threads:0}") int threads,
            @Value("${jifen.simulation.max-concurrent:2}") int maxConcurrent) {
        this.evidence = evidence;
        this.ledger = ledger;
        this.members = members;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.timeLimit = timeLimit;
        this.threads = threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(r, "jifen-simulate-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
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
            Run run = new Run(villageId, baseline, candidate, from, to, started + timeLimit.toNanos());
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

    /** The outcome of one evidence under one policy: its awards, or the error that stopped it. */
    private record Outcome(List<AwardOutcome> awards, String error) {

        long points() {
            long sum = 0;
            for (AwardOutcome award : awards) {
                sum += award.points();
            }
            return sum;
        }

        boolean sameAs(Outcome other) {
            return awards.equals(other.awards) && (error == null) == (other.error == null);
        }

        List<Award> views() {
            return error != null ? null : awards.stream().map(Award::of).toList();
        }
    }

    /** One member's state across the replay. */
    private static final class MemberState {
        final String id;
        final Member fact;
        final String householdId;
        final MemberHistory baseline = new MemberHistory();
        final MemberHistory candidate = new MemberHistory();
        long baselinePoints;
        long candidatePoints;
        int replayed;

        MemberState(String id, MemberRow row) {
            this.id = id;
            this.fact = row == null ? null : member(row);
            this.householdId = row == null ? null : row.householdId();
        }
    }

    static Member member(MemberRow row) {
        Set<String> roles = row.roles() == null || row.roles().isBlank() ? Set.of()
                : new HashSet<>(Arrays.asList(row.roles().split(",")));
        return new Member(row.memberId(), row.householdId(), roles, row.joinedOn());
    }

    /** Counts a policy's errors and keeps the first few. */
    private static final class ErrorLog {
        long count;
        final List<ErrorSample> first = new ArrayList<>();

        void add(String evidenceId, String message) {
            count++;
            if (first.size() < MAX_ERROR_SAMPLES) {
                first.add(new ErrorSample(evidenceId, message));
            }
        }

        Errors view() {
            return new Errors(count, List.copyOf(first));
        }
    }

    /** One simulation: its state, the replay and the report. Used by one request thread and the pool. */
    private final class Run {
        private final String villageId;
        private final CompiledPolicy baseline;
        private final CompiledPolicy candidate;
        private final LocalDateTime from;
        private final LocalDateTime to;
        private final long deadline;
        private final boolean streaks;
        private final HistoryWindow seedWindow;
        private final Map<String, MemberState> states = new HashMap<>();
        private final ErrorLog baselineErrors = new ErrorLog();
        private final ErrorLog candidateErrors = new ErrorLog();
        private final List<ChangedEvidence> changed = new ArrayList<>();
        private long changedCount;
        private long evidenceCount;
        private long baselineTotal;
        private long candidateTotal;
        private LocalDateTime notReplayedFrom;

        Run(String villageId, CompiledPolicy baseline, CompiledPolicy candidate, LocalDateTime from, LocalDateTime to,
                long deadline) {
            this.villageId = villageId;
            this.baseline = baseline;
            this.candidate = candidate;
            this.from = from;
            this.to = to;
            this.deadline = deadline;
            this.streaks = baseline.usesStreak() || candidate.usesStreak();
            this.seedWindow = HistoryWindow.around(from);
        }

        void replay() {
            LocalDateTime afterAt = null;
            String afterId = null;
            while (notReplayedFrom == null) {
                if (System.nanoTime() - deadline > 0) {
                    notReplayedFrom = afterAt == null ? from : afterAt;
                    break;
                }
                List<StoredEvidence> page = evidence.pageInWindow(villageId, from, to, afterAt, afterId, PAGE_SIZE);
                if (page.isEmpty()) {
                    break;
                }
                seed(page);
                evaluate(page);
                StoredEvidence last = page.get(page.size() - 1);
                afterAt = last.occurredAt();
                afterId = last.evidenceId();
                if (page.size() < PAGE_SIZE) {
                    break;
                }
            }
        }

        /** Loads member rows and seed histories of the page's members not seen before, in bulk. */
        private void seed(List<StoredEvidence> page) {
            List<String> fresh = page.stream().map(StoredEvidence::memberId).distinct()
                    .filter(id -> !states.containsKey(id)).sorted().toList();
            for (int i = 0; i < fresh.size(); i += SEED_CHUNK) {
                List<String> chunk = fresh.subList(i, Math.min(fresh.size(), i + SEED_CHUNK));
                Map<String, MemberRow> rows = new HashMap<>();
                for (MemberRow row : members.findByIds(villageId, chunk)) {
                    rows.put(row.memberId(), row);
                }
                for (String id : chunk) {
                    states.put(id, new MemberState(id, rows.get(id)));
                }
                List<String> known = chunk.stream().filter(rows::containsKey).toList();
                if (known.isEmpty()) {
                    continue;
                }
                for (HistoryRow row : ledger.historyForMembers(villageId, known, seedWindow.from(), from)) {
                    HistoryEntry entry = new HistoryEntry(row.evidenceId(), row.evidenceType(), row.ruleName(),
                            row.category(), row.points(), row.occurredAt());
                    MemberState state = states.get(row.memberId());
                    state.baseline.addEntry(entry);
                    state.candidate.addEntry(entry);
                }
                if (streaks) {
                    for (ApprovedDay day : evidence.approvedDaysOfMembers(villageId, known, seedWindow.streakFrom(), from)) {
                        MemberState state = states.get(day.memberId());
                        state.baseline.addApprovedDay(day.evidenceType(), day.day());
                        state.candidate.addApprovedDay(day.evidenceType(), day.day());
                    }
                }
            }
        }

        /** Evaluates a page, members in parallel, then adds it up in page order. */
        private void evaluate(List<StoredEvidence> page) {
            int n = page.size();
            Outcome[] base = new Outcome[n];
            Outcome[] cand = new Outcome[n];
            Map<String, List<Integer>> byMember = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                byMember.computeIfAbsent(page.get(i).memberId(), id -> new ArrayList<>()).add(i);
            }
            List<List<Integer>> groups = new ArrayList<>(byMember.values());
            int buckets = Math.min(groups.size(), threads * 4);
            List<Callable<Void>> tasks = new ArrayList<>(buckets);
            for (int b = 0; b < buckets; b++) {
                int bucket = b;
                tasks.add(() -> {
                    for (int g = bucket; g < groups.size(); g += buckets) {
                        evaluateMember(page, groups.get(g), base, cand);
                    }
                    return null;
                });
            }
            runAll(tasks);
            for (int i = 0; i < n; i++) {
                StoredEvidence row = page.get(i);
                if (base[i] == null) {
                    if (notReplayedFrom == null || row.occurredAt().isBefore(notReplayedFrom)) {
                        notReplayedFrom = row.occurredAt();
                    }
                    continue;
                }
                add(row, states.get(row.memberId()), base[i], cand[i]);
            }
        }

        private void evaluateMember(List<StoredEvidence> page, List<Integer> indices, Outcome[] base, Outcome[] cand) {
            MemberState state = states.get(page.get(indices.get(0)).memberId());
            for (int i : indices) {
                if (System.nanoTime() - deadline > 0) {
                    return;
                }
                StoredEvidence row = page.get(i);
                if (state.fact == null) {
                    Outcome unknown = new Outcome(List.of(), "member " + row.memberId()
                            + " is not registered in village " + villageId);
                    base[i] = unknown;
                    cand[i] = unknown;
                    continue;
                }
                Evidence fact;
                try {
                    fact = StoredPayloads.read(row);
                } catch (IllegalArgumentException e) {
                    Outcome unreadable = new Outcome(List.of(), e.getMessage());
                    base[i] = unreadable;
                    cand[i] = unreadable;
                    continue;
                }
                base[i] = run(baseline, fact, state.fact, state.baseline);
                cand[i] = run(candidate, fact, state.fact, state.candidate);
            }
        }

        /** As the evaluate endpoint does: a failed evaluation credits nothing and leaves no trace in the history. */
        private Outcome run(CompiledPolicy policy, Evidence fact, Member member, MemberHistory history) {
            try {
                Evaluation evaluation = policy.evaluate(fact, member, history);
                evaluation.recordInto(history, fact);
                return new Outcome(evaluation.awards(), null);
            } catch (EvaluationException e) {
                return new Outcome(List.of(), e.getMessage());
            } catch (RuntimeException e) {
                return new Outcome(List.of(), "rule failed: " + e);
            }
        }

        private void runAll(List<Callable<Void>> tasks) {
            if (tasks.size() == 1) {
                try {
                    tasks.get(0).call();
                    return;
                } catch (Exception e) {
                    throw new IllegalStateException("simulation failed", e);
                }
            }
            try {
                for (Future<Void> done : workers.invokeAll(tasks)) {
                    done.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("simulation interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("simulation failed", e.getCause());
            }
        }

        private void add(StoredEvidence row, MemberState state, Outcome base, Outcome cand) {
            evidenceCount++;
            long b = base.points();
            long c = cand.points();
            state.replayed++;
            state.baselinePoints += b;
            state.candidatePoints += c;
            baselineTotal += b;
            candidateTotal += c;
            if (base.error() != null) {
                baselineErrors.add(row.evidenceId(), base.error());
            }
            if (cand.error() != null) {
                candidateErrors.add(row.evidenceId(), cand.error());
            }
            if (!base.sameAs(cand)) {
                changedCount++;
                if (changed.size() < MAX_ROWS) {
                    changed.add(new ChangedEvidence(row.evidenceId(), row.memberId(), row.occurredAt(), base.views(),
                            cand.views(), base.error(), cand.error()));
                }
            }
        }

        SimulationReport report(long millis) {
            List<MemberPoints> memberRows = new ArrayList<>(states.size());
            Map<String, long[]> households = new HashMap<>();
            for (MemberState s : states.values()) {
                if (s.replayed == 0) {
                    continue;
                }
                memberRows.add(new MemberPoints(s.id, s.householdId, s.baselinePoints, s.candidatePoints,
                        s.candidatePoints - s.baselinePoints));
                if (s.householdId != null) {
                    long[] sums = households.computeIfAbsent(s.householdId, h -> new long[3]);
                    sums[0]++;
                    sums[1] += s.baselinePoints;
                    sums[2] += s.candidatePoints;
                }
            }
            List<HouseholdPoints> householdRows = new ArrayList<>(households.size());
            households.forEach((id, sums) -> householdRows.add(
                    new HouseholdPoints(id, (int) sums[0], sums[1], sums[2], sums[2] - sums[1])));
            return new SimulationReport(villageId, from, to, baseline.version(), evidenceCount, millis,
                    notReplayedFrom == null, notReplayedFrom == null ? to : notReplayedFrom,
                    new Totals(baselineTotal, candidateTotal, candidateTotal - baselineTotal),
                    listing(memberRows, MemberPoints::difference, MemberPoints::memberId),
                    listing(householdRows, HouseholdPoints::difference, HouseholdPoints::householdId),
                    new Changes(changedCount, changedCount - changed.size(), List.copyOf(changed)),
                    baselineErrors.view(), candidateErrors.view());
        }
    }

    private static <T> Listing<T> listing(List<T> rows, java.util.function.ToLongFunction<T> difference,
            java.util.function.Function<T, String> id) {
        rows.sort(Comparator.comparingLong((T r) -> Math.abs(difference.applyAsLong(r))).reversed()
                .thenComparing(id, Comparator.nullsFirst(Comparator.naturalOrder())));
        int changedRows = (int) rows.stream().filter(r -> difference.applyAsLong(r) != 0).count();
        List<T> shown = List.copyOf(rows.subList(0, Math.min(rows.size(), MAX_ROWS)));
        return new Listing<>(rows.size(), changedRows, rows.size() - shown.size(), shown);
    }

    /** Too many simulations at once: 503, try again shortly. */
    public static final class SimulationBusyException extends RuntimeException {
        SimulationBusyException() {
            super("other simulations are running; try again in a few seconds");
        }
    }
}
