package org.jifen.engine.policy;

import java.util.ArrayList;
import java.util.List;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;
import org.jifen.facts.Village;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/** A reusable Drools session with its {@code award} global; used by one thread at a time. */
final class RuleSession {

    private final KieSession session;
    private final AwardCollector collector;
    private final List<FactHandle> handles = new ArrayList<>();

    RuleSession(KieSession session, EvaluationLimits limits) {
        this.session = session;
        this.collector = new AwardCollector(session, limits);
        session.setGlobal("award", collector);
        session.addEventListener(collector);
    }

    /**
     * Inserts one evidence's facts (the tallies, balance and streak in {@code facts}) (and a list-only village's eligible items), fires, and removes
     * them again, stopping also at the request's cut (see {@link AwardCollector#start}); {@code policy} names it for logs.
     */
    AwardCollector fire(Evidence evidence, Member member, Village village, List<?> facts, List<?> items,
            String policy, long cutDeadline, long cutFirings) {
        List<Object> all = new ArrayList<>(facts.size() + items.size() + 3);
        all.add(evidence);
        all.add(member);
        all.add(village);
        all.addAll(facts);
        all.addAll(items);
        return fire(all, policy, cutDeadline, cutFirings);
    }

    /** Inserts {@code facts} in order, fires, and removes them again (a programme's village and standing). */
    AwardCollector fire(List<?> facts, String policy, long cutDeadline, long cutFirings) {
        long deadline = collector.start(cutDeadline, cutFirings);
        Watchdog.started(this, deadline, collector.ownDeadline(), policy);
        for (Object fact : facts) {
            handles.add(session.insert(fact));
        }
        boolean stopped = false;
        try {
            session.fireAllRules();
        } catch (ThreadDeath e) {
            stopped = true;
            throw e;
        } finally {
            boolean claimed = !Watchdog.finished(this);
            for (FactHandle handle : handles) {
                session.delete(handle);
            }
            handles.clear();
            if (claimed && !stopped) { // the watchdog's stop is on its way: take it here, inside the evaluation
                Watchdog.awaitStop();
            }
        }
        return collector;
    }

    /** Called by the watchdog past the deadline: records the trip and halts the session. */
    void timedOut() {
        collector.timedOut();
    }

    void dispose() {
        session.dispose();
    }
}
