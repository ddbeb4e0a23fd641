package org.jifen.api.policy.simulate;

import org.jifen.api.evaluation.Evaluator;
import org.jifen.api.evaluation.StoredPayloads;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jifen.engine.history.MemberHistory;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.facts.Evidence;
import org.jifen.persistence.evidence.EvidenceMapper;
import org.jifen.persistence.evidence.StoredEvidence;
import org.jifen.persistence.member.MemberMapper;
import org.jifen.persistence.member.MemberRow;

/** One simulation: its state, the replay and the report. Used by one request thread and the pool. */
final class SimulationRun {
    /** Members per IN list when seeding histories. */
    private static final int SEED_CHUNK = 500;

    private final EvidenceMapper evidence;
    private final Evaluator evaluator;
    private final MemberMapper members;
    private final SimulationWorkers workers;
    private final String villageId;
    private final CompiledPolicy baseline;
    private final CompiledPolicy candidate;
    private final LocalDateTime from;
    private final LocalDateTime to;
    private final long deadline;
    private final boolean streaks;
    private final Map<String, MemberState> states = new HashMap<>();
    /** Household id to its histories, shared by its members. */
    private final Map<String, MemberState.Histories> households = new HashMap<>();
    private final SimulationTally tally = new SimulationTally();
    private LocalDateTime notReplayedFrom;

    SimulationRun(EvidenceMapper evidence, Evaluator evaluator, MemberMapper members, SimulationWorkers workers,
            String villageId, CompiledPolicy baseline, CompiledPolicy candidate, LocalDateTime from, LocalDateTime to,
            long deadline) {
        this.evidence = evidence;
        this.evaluator = evaluator;
        this.members = members;
        this.workers = workers;
        this.villageId = villageId;
        this.baseline = baseline;
        this.candidate = candidate;
        this.from = from;
        this.to = to;
        this.deadline = deadline;
        this.streaks = baseline.usesStreak() || candidate.usesStreak();
    }

    void replay() {
        LocalDateTime afterAt = null;
        String afterId = null;
        while (notReplayedFrom == null) {
            if (System.nanoTime() - deadline > 0) {
                notReplayedFrom = afterAt == null ? from : afterAt;
                break;
            }
            List<StoredEvidence> page = evidence.pageInWindow(villageId, from, to, afterAt, afterId,
                    PolicySimulator.PAGE_SIZE);
            if (page.isEmpty()) {
                break;
            }
            seed(page);
            evaluate(page);
            StoredEvidence last = page.get(page.size() - 1);
            afterAt = last.occurredAt();
            afterId = last.evidenceId();
            if (page.size() < PolicySimulator.PAGE_SIZE) {
                break;
            }
        }
    }

    SimulationReport report(long millis) {
        return tally.report(villageId, from, to, baseline.version(), millis, notReplayedFrom, states.values());
    }

    /**
     * Loads member rows and seed histories (from the ledger before {@code from}) of the page's new
     * members and of their households not seen yet, in bulk.
     */
    private void seed(List<StoredEvidence> page) {
        List<String> fresh = page.stream().map(StoredEvidence::memberId).distinct()
                .filter(id -> !states.containsKey(id)).sorted().toList();
        for (int i = 0; i < fresh.size(); i += SEED_CHUNK) {
            List<String> chunk = fresh.subList(i, Math.min(fresh.size(), i + SEED_CHUNK));
            Map<String, MemberRow> rows = new HashMap<>();
            for (MemberRow row : members.findByIds(villageId, chunk)) {
                rows.put(row.memberId(), row);
            }
            Map<String, MemberHistory> seeds = evaluator.historiesBefore(villageId, rows.keySet(), from, streaks);
            List<String> newHouseholds = rows.values().stream().map(MemberRow::householdId).filter(Objects::nonNull)
                    .distinct().filter(h -> !households.containsKey(h)).sorted().toList();
            evaluator.householdHistoriesBefore(villageId, newHouseholds, from)
                    .forEach((h, seed) -> households.put(h, MemberState.Histories.seededWith(seed)));
            for (String id : chunk) {
                MemberHistory seed = seeds.get(id);
                MemberRow row = rows.get(id);
                states.put(id, new MemberState(id, row, seed == null ? new MemberHistory() : seed,
                        row == null || row.householdId() == null ? null : households.get(row.householdId())));
            }
        }
    }

    /**
     * Evaluates a page, households in parallel (one household's evidence in page order on one thread:
     * its members share its histories), then adds it up in page order.
     */
    private void evaluate(List<StoredEvidence> page) {
        int n = page.size();
        Outcome[] base = new Outcome[n];
        Outcome[] cand = new Outcome[n];
        Map<MemberState.Histories, List<Integer>> byHousehold = new IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            byHousehold.computeIfAbsent(states.get(page.get(i).memberId()).household, h -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> groups = new ArrayList<>(byHousehold.values());
        int buckets = Math.min(groups.size(), workers.threads * 4);
        List<Callable<Void>> tasks = new ArrayList<>(buckets);
        for (int b = 0; b < buckets; b++) {
            int bucket = b;
            tasks.add(() -> {
                for (int g = bucket; g < groups.size(); g += buckets) {
                    evaluateHousehold(page, groups.get(g), base, cand);
                }
                return null;
            });
        }
        workers.runAll(tasks);
        for (int i = 0; i < n; i++) {
            StoredEvidence row = page.get(i);
            if (base[i] == null) {
                if (notReplayedFrom == null || row.occurredAt().isBefore(notReplayedFrom)) {
                    notReplayedFrom = row.occurredAt();
                }
                continue;
            }
            tally.add(row, states.get(row.memberId()), base[i], cand[i]);
        }
    }

    private void evaluateHousehold(List<StoredEvidence> page, List<Integer> indices, Outcome[] base, Outcome[] cand) {
        for (int i : indices) {
            MemberState state = states.get(page.get(i).memberId());
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
            base[i] = Outcome.of(evaluator, baseline, fact, state.fact, state.baseline, state.household.baseline());
            cand[i] = Outcome.of(evaluator, candidate, fact, state.fact, state.candidate, state.household.candidate());
        }
    }
}
