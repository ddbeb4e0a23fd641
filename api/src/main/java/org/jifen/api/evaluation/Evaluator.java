package org.jifen.api.evaluation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jifen.engine.history.MemberHistory;
import org.jifen.engine.history.Period;
import org.jifen.engine.policy.AwardOutcome;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.Evaluation;
import org.jifen.engine.policy.Participant;
import org.jifen.engine.policy.ParticipantEvaluations;
import org.jifen.engine.policy.ParticipantEvaluations.ParticipantEvaluation;
import org.jifen.engine.policy.ParticipantEvaluations.Registered;
import org.jifen.engine.policy.ProgrammeAward;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;
import org.jifen.facts.Standing;
import org.jifen.persistence.evidence.EvidenceMapper;
import org.jifen.persistence.ledger.LedgerMapper;
import org.jifen.persistence.member.MemberRow;
import org.springframework.stereotype.Component;

/**
 * The one way the service evaluates evidence. Live batches, approval and the what-if all call it:
 * it turns member rows into the facts rules see, loads members' histories from the ledger, runs the
 * compiled policy (which applies the caps), records each outcome into the member's history so that
 * later evidence counts it ({@link LedgerRows} turns awards into ledger rows). Evidence with participants is
 * evaluated once per participant ({@link #evaluateParticipants}). The architecture test keeps every
 * other class of the service from calling {@link CompiledPolicy#evaluate} or reading history itself.
 */
@Component
public class Evaluator {

    private final MemberHistories histories;

    Evaluator(LedgerMapper ledger, EvidenceMapper evidence) {
        this.histories = new MemberHistories(ledger, evidence);
    }

    /** One evaluated evidence: its evaluation, and what approving it would add (pending evidence only). */
    public record Evaluated(Evaluation evaluation, List<AwardView> awards, List<AwardView> provisional) {
    }

    /** Where ledger rows come from besides the rule: a review's key, its operator and reason (all may be null). */
    public record Provenance(String sourceId, String operator, String reason) {
        /** An award credited at submission. */
        public static final Provenance SUBMISSION = new Provenance(null, null, null);
    }

    /** The fact rules see of a registered member. */
    public static Member member(MemberRow row) {
        Set<String> roles = row.roles() == null || row.roles().isBlank() ? Set.of()
                : new HashSet<>(Arrays.asList(row.roles().split(",")));
        return new Member(row.memberId(), row.householdId(), roles, row.joinedOn());
    }

    /**
     * The histories the members of {@code facts} need for them: their own and their households'
     * ({@code householdOf} gives a member's household id, null for none) credited entries in the
     * periods around the facts (for evidence with {@code forPeriod}, that period's) and, for the
     * types whose Streak a rule matches, their approved days. Entries of the evidence in
     * {@code without} (being evaluated again) are left out.
     */
    public Histories historiesFor(String village, Collection<Evidence> facts, Function<String, String> householdOf,
            Predicate<String> streakTypes, Set<String> without) {
        return histories.around(village, facts, householdOf, streakTypes, without);
    }

    /** The histories of {@code memberIds} before {@code until}, as far back as evidence at {@code until} needs. */
    public Map<String, MemberHistory> historiesBefore(String village, Collection<String> memberIds,
            LocalDateTime until, boolean streaks) {
        return histories.before(village, memberIds, until, streaks);
    }

    /**
     * Evaluates {@code fact} as {@code member}, then adds its credited awards to {@code history}.
     * For pending evidence, when {@code withProvisional}, also what its approval would add.
     *
     * @throws org.jifen.engine.policy.EvaluationException when a runtime guard stops the evaluation
     *     (the history is left as it was)
     */
    public Evaluated evaluate(CompiledPolicy policy, Evidence fact, Member member, MemberHistory history,
            boolean withProvisional) {
        return evaluate(policy, fact, member, history, history, withProvisional);
    }

    /**
     * As {@link #evaluate(CompiledPolicy, Evidence, Member, MemberHistory, boolean)} with the
     * household's history {@code household} (every member's entries; {@code history} itself for a
     * household of one), into which the credited awards are recorded too.
     */
    public Evaluated evaluate(CompiledPolicy policy, Evidence fact, Member member, MemberHistory history,
            MemberHistory household, boolean withProvisional) {
        Evaluation evaluation = policy.evaluate(fact, member, history, household);
        List<AwardView> provisional = withProvisional && Provisional.applies(fact)
                ? provisional(policy, fact, member, history, household, evaluation) : List.of();
        evaluation.recordInto(history, fact);
        if (household != history) {
            evaluation.recordInto(household, fact);
        }
        return new Evaluated(evaluation, views(evaluation.awards(), fact.memberId()), provisional);
    }

    private static List<AwardView> views(List<AwardOutcome> awards, String memberId) {
        return awards.stream().map(a -> AwardView.of(a, memberId)).toList();
    }

    /**
     * Evidence with participants evaluated: each registered participant's awards (naming them), what
     * approving pending evidence would add per participant, the unregistered participants' ids and
     * the problems (in Chinese for unregistered and repeated participants).
     */
    public record EvaluatedParticipants(List<AwardView> awards, List<AwardView> provisional,
            List<String> unregistered, List<String> problems) {
    }

    /**
     * Evaluates {@code fact} once per participant as that member ({@code rows} gives a participant's
     * member row, null when not registered; {@code histories} holds their and their households'
     * histories), then records each credited award into those histories. The engine works on copies,
     * so a failed evaluation leaves the histories as they were. For pending evidence, when
     * {@code withProvisional}, also what its approval would add.
     *
     * @throws org.jifen.engine.policy.EvaluationException when a runtime guard stops an evaluation
     */
    public EvaluatedParticipants evaluateParticipants(CompiledPolicy policy, Evidence fact,
            List<Participant> participants, Function<String, MemberRow> rows, Histories histories,
            boolean withProvisional) {
        Function<String, Registered> lookup = id -> {
            MemberRow row = rows.apply(id);
            return row == null ? null : new Registered(member(row), histories.member(id),
                    histories.household(row.householdId(), id));
        };
        ParticipantEvaluations dry = withProvisional && Provisional.applies(fact)
                ? policy.evaluateParticipants(Provisional.asApproved(fact), participants, copies(lookup)) : null;
        ParticipantEvaluations done = policy.evaluateParticipants(fact, participants, copies(lookup));
        List<AwardView> awards = new ArrayList<>();
        Map<String, Set<String>> credited = new HashMap<>();
        for (ParticipantEvaluation one : done.evaluated()) {
            Registered own = lookup.apply(one.participant().memberId());
            one.evaluation().recordInto(own.history(), one.evidence());
            if (own.household() != own.history()) {
                one.evaluation().recordInto(own.household(), one.evidence());
            }
            awards.addAll(views(one.evaluation().awards(), one.participant().memberId()));
            credited.put(one.participant().memberId(), one.evaluation().credited().stream()
                    .map(AwardOutcome::rule).collect(Collectors.toSet()));
        }
        List<AwardView> provisional = dry == null ? List.of() : dry.evaluated().stream()
                .flatMap(one -> views(one.evaluation().awards(), one.participant().memberId()).stream())
                .filter(a -> !credited.getOrDefault(a.memberId(), Set.of()).contains(a.rule())).toList();
        List<String> problems = new ArrayList<>(done.problems());
        done.evaluated().forEach(one -> problems.addAll(one.evaluation().problems()));
        List<String> unregistered = done.unregistered().stream().map(Participant::memberId).toList();
        unregistered.forEach(id -> problems.add("参与人 " + id + " 不是本村登记的村民，没有计分"));
        return new EvaluatedParticipants(awards, provisional, unregistered, problems);
    }

    /** A lookup whose histories are copies (one per history, so participants of one household share it). */
    private static Function<String, Registered> copies(Function<String, Registered> lookup) {
        Map<MemberHistory, MemberHistory> copies = new IdentityHashMap<>();
        return id -> {
            Registered r = lookup.apply(id);
            return r == null ? null : new Registered(r.member(), copies.computeIfAbsent(r.history(), MemberHistory::copy),
                    copies.computeIfAbsent(r.household(), MemberHistory::copy));
        };
    }

    /** What approving pending {@code fact} adds to {@code actual}: the awards of rules that did not credit it already. */
    private static List<AwardView> provisional(CompiledPolicy policy, Evidence fact, Member member,
            MemberHistory history, MemberHistory household, Evaluation actual) {
        Set<String> credited = actual.credited().stream().map(AwardOutcome::rule).collect(Collectors.toSet());
        return policy.evaluate(Provisional.asApproved(fact), member, history, household).awards().stream()
                .filter(a -> !credited.contains(a.rule())).map(a -> AwardView.of(a, fact.memberId())).toList();
    }

    /**
     * Runs the programme rules of {@code period} (评星) over {@code standings}: the one place besides
     * evaluation that fires a compiled policy's rules.
     *
     * @throws org.jifen.engine.policy.EvaluationException when a runtime guard stops a rule
     */
    public List<ProgrammeAward> runProgramme(CompiledPolicy policy, Period period, List<Standing> standings) {
        return policy.runProgramme(period, standings);
    }

    /**
     * The histories of the households {@code householdIds} (every member's credited entries) before
     * {@code until}, as far back as evidence at {@code until} needs: the what-if's seed, next to
     * {@link #historiesBefore}.
     */
    public Map<String, MemberHistory> householdHistoriesBefore(String village, Collection<String> householdIds,
            LocalDateTime until) {
        return histories.householdsBefore(village, householdIds, until);
    }
}
