package org.jifen.engine.policy;

import java.util.ArrayList;
import java.util.List;
import org.jifen.engine.history.SuspensionSpan;
import org.jifen.facts.Awards;
import org.jifen.facts.Evidence;
import org.jifen.facts.Standing;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * The {@code award} global of one session: records what each firing rule grants, attributes it to
 * that rule, and halts the session when a runtime guard trips.
 */
final class AwardCollector extends DefaultAgendaEventListener implements Awards, ItemAwards {

    /**
     * A rule's request before caps: signed points, or a warning, honour or suspension (0 points);
     * {@code target} is a suspension's scope and span ("户 次年"), else null.
     */
    record Candidate(String rule, int points, String reason, AwardOutcome.Kind kind, String target) {

        Candidate(String rule, int points, String reason, AwardOutcome.Kind kind) {
            this(rule, points, reason, kind, null);
        }

        boolean warning() {
            return kind == AwardOutcome.Kind.WARNING;
        }
    }

    private final KieSession session;
    private final EvaluationLimits limits;
    private final List<Candidate> candidates = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private String currentRule;
    private int firings;
    private long deadline;
    private long ownDeadline;
    private long allowedFirings;
    private volatile String tripped;
    private volatile boolean budgetSpent;

    AwardCollector(KieSession session, EvaluationLimits limits) {
        this.session = session;
        this.limits = limits;
    }

    /**
     * Resets for a new evaluation that must also stop at the request's {@code cutDeadline} and
     * after {@code cutFirings} firings (see {@link CompiledPolicy#within}); returns the earlier
     * deadline, in {@link System#nanoTime()} terms.
     */
    long start(long cutDeadline, long cutFirings) {
        candidates.clear();
        problems.clear();
        currentRule = null;
        firings = 0;
        tripped = null;
        budgetSpent = false;
        ownDeadline = System.nanoTime() + limits.timeout().toNanos();
        deadline = cutDeadline - ownDeadline < 0 ? cutDeadline : ownDeadline;
        allowedFirings = Math.min(limits.maxFirings(), cutFirings);
        return deadline;
    }

    /** This evaluation's own deadline (its guard's), without the request's cut. */
    long ownDeadline() {
        return ownDeadline;
    }

    /** Past the deadline: a guard trip past this evaluation's own deadline, else the request's budget is spent. */
    void timedOut() {
        if (System.nanoTime() - ownDeadline > 0) {
            trip("evaluation took longer than " + limits.timeout().toMillis() + " ms");
        } else {
            spent("the request's time budget is spent");
        }
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        currentRule = event.getMatch().getRule().getName();
        firings++;
        if (firings > allowedFirings) {
            if (allowedFirings < limits.maxFirings()) {
                spent("the request's rule firings are spent");
            } else {
                trip("more than " + limits.maxFirings() + " rule firings in one evaluation");
            }
        } else if (System.nanoTime() - deadline > 0) {
            timedOut();
        }
    }

    private synchronized void spent(String reason) {
        if (tripped == null) {
            budgetSpent = true;
        }
        trip(reason);
    }

    private synchronized void trip(String reason) {
        if (tripped == null) {
            tripped = reason + " (last rule: \"" + currentRule + "\")";
        }
        session.halt();
    }

    @Override
    public void grant(Evidence evidence, int points, String reason) {
        add(points, points, reason, "grant");
    }

    @Override
    public void deduct(Evidence evidence, int points, String reason) {
        add(points, -points, reason, "deduct");
    }

    @Override
    public void warn(Evidence evidence, String reason) {
        if (tripped != null) {
            return;
        }
        if (candidates.size() >= limits.maxFirings()) {
            trip("more than " + limits.maxFirings() + " awards in one evaluation");
            return;
        }
        candidates.add(new Candidate(currentRule, 0, shortened(reason), AwardOutcome.Kind.WARNING));
    }

    @Override
    public void suspend(Evidence evidence, String scope, String until, String reason) {
        if (tripped != null) {
            return;
        }
        if (candidates.size() >= limits.maxFirings()) {
            trip("more than " + limits.maxFirings() + " awards in one evaluation");
            return;
        }
        if (!("户".equals(scope) || "人".equals(scope)) || !SuspensionSpan.valid(until)) { // the grammar allows literals only
            problems.add("rule \"" + currentRule + "\": suspend needs 户 or 人 and a span such as 次年, got " + scope
                    + " " + until);
            return;
        }
        candidates.add(new Candidate(currentRule, 0, shortened(reason), AwardOutcome.Kind.SUSPENSION,
                scope + " " + until));
    }

    @Override
    public void grant(Standing standing, int points, String reason) {
        add(points, points, reason, "grant");
    }

    @Override
    public void deduct(Standing standing, int points, String reason) {
        add(points, -points, reason, "deduct");
    }

    @Override
    public void honour(Standing standing, String title) {
        if (tripped == null && candidates.size() < limits.maxFirings()) {
            candidates.add(new Candidate(currentRule, 0, shortened(title), AwardOutcome.Kind.HONOUR));
        }
    }

    @Override
    public void awardItem(String rule, Evidence evidence, int points, String reason) {
        currentRule = rule;
        if (points > 0) {
            add(points, points, reason, "grant");
        } else {
            add(-points, points, reason, "deduct");
        }
    }

    private void add(int asked, int signed, String reason, String verb) {
        if (tripped != null) {
            return;
        }
        if (candidates.size() >= limits.maxFirings()) {
            trip("more than " + limits.maxFirings() + " awards in one evaluation");
            return;
        }
        if (asked <= 0) {
            problems.add("rule \"" + currentRule + "\": " + verb + " needs points greater than 0, got " + asked);
            return;
        }
        candidates.add(new Candidate(currentRule, signed, shortened(reason), AwardOutcome.Kind.POINTS));
    }

    List<Candidate> candidates() {
        return candidates;
    }

    List<String> problems() {
        return problems;
    }

    /** Why a guard stopped the evaluation, or null. */
    String tripped() {
        return tripped;
    }

    /** A reason is for a resident to read: at most {@value #MAX_REASON} characters are kept. */
    static String shortened(String reason) {
        if (reason == null) {
            return "";
        }
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "…";
    }

    static final int MAX_REASON = 200;

    /** Whether the request's budget, not this evaluation's own guard, stopped it. */
    boolean budgetSpent() {
        return budgetSpent;
    }

    /** Rules fired in the last evaluation. */
    int firings() {
        return firings;
    }
}
