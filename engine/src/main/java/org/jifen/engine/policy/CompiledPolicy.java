package org.jifen.engine.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jifen.engine.history.ForPeriod;
import org.jifen.engine.history.MemberHistory;
import org.jifen.engine.history.TotalsScope;
import org.jifen.engine.table.ItemTable;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;
import org.jifen.facts.Standing;
import org.jifen.facts.Village;
import org.kie.api.KieBase;

/**
 * One immutable, compiled version of a village's policy. Thread-safe: evaluations borrow a
 * session from a small pool, so any number of threads may evaluate at once.
 */
public final class CompiledPolicy {

    private final VillageConfig config;
    private final Village village;
    private final int version;
    private final String contentHash;
    private final Map<String, RuleSpec> rules;
    private final List<Problem> warnings;
    /** The evidence types some rule's Streak can match; null: any type. */
    private final Set<String> streakTypes;
    private final TotalsScope scope;
    private final SessionPool pool;
    private final String name;
    private final ServiceSettings settings;
    /** A list-only village's items, evaluated by the shared rule base; null when it has its own. */
    private final ItemTable table;
    /** A view's request budget (see {@link #within}). */
    private final RequestCut cut;
    private final BaseScore base;

    CompiledPolicy(VillageConfig config, int version, String contentHash, Map<String, RuleSpec> rules,
            KieBase kieBase, EvaluationLimits limits, List<Problem> warnings, Set<String> streakTypes, TotalsScope scope) {
        this(config, version, contentHash, rules, null, warnings, streakTypes, scope,
                new SessionPool(config.id() + "@" + version, kieBase, null, limits), RequestCut.NONE);
    }

    CompiledPolicy(VillageConfig config, int version, String contentHash, Map<String, RuleSpec> rules,
            ItemTable table, EvaluationLimits limits, List<Problem> warnings, TotalsScope scope) {
        this(config, version, contentHash, rules, table, warnings, Set.of(), scope,
                new SessionPool(config.id() + "@" + version, null, table, limits), RequestCut.NONE);
    }

    private CompiledPolicy(VillageConfig config, int version, String contentHash, Map<String, RuleSpec> rules,
            ItemTable table, List<Problem> warnings, Set<String> streakTypes, TotalsScope scope, SessionPool pool,
            RequestCut cut) {
        this.table = table;
        this.config = config;
        this.village = config.fact();
        this.version = version;
        this.contentHash = contentHash;
        this.rules = Map.copyOf(rules);
        this.warnings = List.copyOf(warnings);
        this.streakTypes = streakTypes == null ? null : Set.copyOf(streakTypes);
        this.scope = scope;
        this.name = config.id() + "@" + version;
        this.settings = ServiceSettings.of(config.settings());
        this.pool = pool;
        this.cut = cut;
        this.base = BaseScore.of(config.settings(), new ArrayList<>());
    }

    /**
     * This policy under one request's budget: the same rules, sessions and guards, but every
     * evaluation through the view also stops at {@code deadline} ({@link System#nanoTime()} terms)
     * and once the view's evaluations have fired {@code maxFirings} rules in all. An evaluation so
     * stopped, or begun with nothing left, throws {@link EvaluationException.BudgetSpent} and is no guard trip.
     */
    public CompiledPolicy within(long deadline, long maxFirings) {
        return new CompiledPolicy(config, version, contentHash, rules, table, warnings, streakTypes, scope, pool,
                new RequestCut(deadline, new AtomicLong(maxFirings)));
    }

    public String villageId() {
        return config.id();
    }

    /** The village's settings that the service reads, typed (checked when the policy was compiled). */
    public ServiceSettings settings() {
        return settings;
    }

    public VillageConfig config() {
        return config;
    }

    public int version() {
        return version;
    }

    public String contentHash() {
        return contentHash;
    }

    /** The rules by name, with their category and caps. */
    public Map<String, RuleSpec> rules() {
        return rules;
    }

    /** The village's base score and eligibility gate (settings {@code base.*}, {@code gate.atOrBelow}). */
    public BaseScore baseScore() {
        return base;
    }

    public List<Problem> warnings() {
        return warnings;
    }

    /** Whether this village is a points list evaluated by the shared rule base (its cost is its table). */
    public boolean sharesRuleBase() {
        return table != null;
    }

    /** Whether any rule matches a Streak; if none does, callers need not load approved days. */
    public boolean usesStreak() {
        return streakTypes == null || !streakTypes.isEmpty();
    }

    /** Whether a rule can match the Streak of evidence of {@code type}; if not, its approved days need not be loaded. */
    public boolean usesStreakOf(String type) {
        return streakTypes == null || streakTypes.contains(type);
    }

    /**
     * Evaluates one evidence of {@code member}, whose credited history (covering at least the
     * evidence's {@link org.jifen.engine.history.HistoryWindow}) is {@code history}, as a household
     * of one. See {@link #evaluate(Evidence, Member, MemberHistory, MemberHistory)}.
     *
     * @throws EvaluationException when a runtime guard stops the evaluation
     */
    public Evaluation evaluate(Evidence evidence, Member member, MemberHistory history) {
        return evaluate(evidence, member, history, history);
    }

    /**
     * Evaluates one evidence of {@code member}: fires the rules, then applies caps, penalty floors
     * and the eligibility gate. {@code history} is the member's credited history and
     * {@code household} that of every member of their household (this member included; pass
     * {@code history} itself for a household of one), both covering the window of
     * {@link ForPeriod#day} (the evidence's {@code forPeriod}, else the day it occurred). Changes neither.
     *
     * @throws EvaluationException when a runtime guard stops the evaluation
     */
    public Evaluation evaluate(Evidence evidence, Member member, MemberHistory history, MemberHistory household) {
        EvidenceFacts facts = EvidenceFacts.of(evidence, member, history, household, scope, base, table == null);
        long firingsLeft = cut.firingsLeft();
        long deadline = cut.begin(firingsLeft);
        return pool.fire(session -> session.fire(evidence, member, village, facts.facts(),
                        table == null ? List.of() : table.eligible(evidence, member), name, deadline, firingsLeft),
                cut.firings(), collector -> new Evaluation(version,
                        Caps.apply(collector.candidates(), rules, config, facts.counts(), evidence),
                        List.copyOf(collector.problems())));
    }

    /**
     * Evaluates evidence with several participants once per participant, as that member, with
     * {@code participantRole} set to their role: {@code lookup} gives a participant's member and
     * histories, or null for one not registered (reported, not evaluated). Unlike {@link #evaluate},
     * records each evaluation into its participant's histories (so participants of one household share its caps).
     */
    public ParticipantEvaluations evaluateParticipants(Evidence evidence, List<Participant> participants,
            java.util.function.Function<String, ParticipantEvaluations.Registered> lookup) {
        return ParticipantEvaluations.run(this, evidence, participants, lookup);
    }

    /**
     * Runs the programme rules of {@code period} (评星, rules with {@code @programme("QUARTER")}) at
     * that period's close over {@code standings} (see {@link Standings#rank}), one standing at a
     * time: their points and honours, in the standings' order. Doing it once per programme and
     * period is the caller's part.
     *
     * @throws EvaluationException when a runtime guard stops a rule
     */
    public List<ProgrammeAward> runProgramme(org.jifen.engine.history.Period period, List<Standing> standings) {
        return table != null ? List.of() : Programmes.run(rules, village, period, standings, pool, name);
    }

    /** How many evaluations a runtime guard has stopped (the service marks a version faulty when they keep coming). */
    public long guardTrips() {
        return pool.guardTrips();
    }

    /** Frees the pooled sessions (a view's too: they are its policy's); evaluations after this still work, creating new ones. */
    public void close() {
        pool.close();
    }
}
