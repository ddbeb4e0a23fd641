package org.jifen.api.policy.simulate;

import org.jifen.api.evaluation.Evaluator;
import org.jifen.api.evaluation.StoredPayloads;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.Participant;
import org.jifen.facts.Evidence;
import org.jifen.persistence.evidence.EvidenceMapper;
import org.jifen.persistence.evidence.StoredEvidence;
import org.jifen.persistence.member.MemberMapper;

/** One simulation: its state, the replay and the report. Used by one request thread and the pool. */
final class SimulationRun {
    private final EvidenceMapper evidence;
    private final Evaluator evaluator;
    private final SimulationWorkers workers;
    private final String villageId;
    private final CompiledPolicy baseline;
    private final CompiledPolicy candidate;
    private final LocalDateTime from;
    private final LocalDateTime to;
    private final long deadline;
    private final SimulationStates states;
    private final SimulationTally tally = new SimulationTally();
    private LocalDateTime notReplayedFrom;

    SimulationRun(EvidenceMapper evidence, Evaluator evaluator, MemberMapper members, SimulationWorkers workers,
            String villageId, CompiledPolicy baseline, CompiledPolicy candidate, LocalDateTime from, LocalDateTime to,
            long deadline) {
        this.evidence = evidence;
        this.evaluator = evaluator;
        this.workers = workers;
        this.villageId = villageId;
        this.baseline = baseline;
        this.candidate = candidate;
        this.from = from;
        this.to = to;
        this.deadline = deadline;
        this.states = new SimulationStates(evaluator, members, villageId, from,
                baseline.usesStreak() || candidate.usesStreak());
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
            List<List<Participant>> participants = SimulationStates.participantsOf(page);
            states.seed(page, participants);
            evaluate(page, participants);
            StoredEvidence last = page.get(page.size() - 1);
            afterAt = last.occurredAt();
            afterId = last.evidenceId();
            if (page.size() < PolicySimulator.PAGE_SIZE) {
                break;
            }
        }
    }

    SimulationReport report(long millis) {
        return tally.report(villageId, from, to, baseline.version(), millis, notReplayedFrom, states.all());
    }

    /**
     * Evaluates a page, households in parallel (one household's evidence in page order on one thread:
     * its members share its histories), then adds it up in page order. Evidence with participants
     * spans households (each participant's own and household histories), so a page with any such
     * evidence is evaluated on this thread, all of it in page order: simple and correct, and such
     * pages are few.
     */
    private void evaluate(List<StoredEvidence> page, List<List<Participant>> participants) {
        int n = page.size();
        Outcome[] base = new Outcome[n];
        Outcome[] cand = new Outcome[n];
        if (participants.stream().anyMatch(p -> !p.isEmpty())) {
            evaluateInOrder(page, participants, IntStream.range(0, n).boxed().toList(), base, cand);
        } else {
            evaluateByHousehold(page, participants, base, cand);
        }
        for (int i = 0; i < n; i++) {
            StoredEvidence row = page.get(i);
            if (base[i] == null) {
                if (notReplayedFrom == null || row.occurredAt().isBefore(notReplayedFrom)) {
                    notReplayedFrom = row.occurredAt();
                }
                continue;
            }
            MemberState submitter = states.get(row.memberId());
            List<Participant> named = submitter.fact == null ? List.of() : participants.get(i);
            Map<String, MemberState> evaluated = new LinkedHashMap<>();
            List<String> unregistered = new ArrayList<>();
            for (String id : named.stream().map(Participant::memberId).distinct().toList()) {
                MemberState state = states.get(id);
                if (state.fact == null) {
                    unregistered.add(id);
                } else {
                    evaluated.put(id, state);
                }
            }
            tally.add(row, named.isEmpty() ? Map.of(row.memberId(), submitter) : evaluated, unregistered,
                    base[i], cand[i]);
        }
    }

    private void evaluateByHousehold(List<StoredEvidence> page, List<List<Participant>> participants,
            Outcome[] base, Outcome[] cand) {
        Map<MemberState.Histories, List<Integer>> byHousehold = new IdentityHashMap<>();
        for (int i = 0; i < page.size(); i++) {
            byHousehold.computeIfAbsent(states.get(page.get(i).memberId()).household, h -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> groups = new ArrayList<>(byHousehold.values());
        int buckets = Math.min(groups.size(), workers.threads * 4);
        List<Callable<Void>> tasks = new ArrayList<>(buckets);
        for (int b = 0; b < buckets; b++) {
            int bucket = b;
            tasks.add(() -> {
                for (int g = bucket; g < groups.size(); g += buckets) {
                    evaluateInOrder(page, participants, groups.get(g), base, cand);
                }
                return null;
            });
        }
        workers.runAll(tasks);
    }

    private void evaluateInOrder(List<StoredEvidence> page, List<List<Participant>> participants,
            List<Integer> indices, Outcome[] base, Outcome[] cand) {
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
            List<Participant> named = participants.get(i);
            if (named.isEmpty()) {
                base[i] = Outcome.of(evaluator, baseline, fact, state.fact, state.baseline, state.household.baseline());
                cand[i] = Outcome.of(evaluator, candidate, fact, state.fact, state.candidate,
                        state.household.candidate());
            } else {
                base[i] = Outcome.ofParticipants(evaluator, baseline, fact, named, states::row,
                        states.histories(named, false));
                cand[i] = Outcome.ofParticipants(evaluator, candidate, fact, named, states::row,
                        states.histories(named, true));
            }
        }
    }
}
