package org.jifen.engine.policy;

import java.util.ArrayList;
import java.util.List;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;
import org.jifen.facts.Streak;
import org.jifen.facts.Tally;
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

    /** Inserts one evidence's facts, fires, and removes them again. */
    AwardCollector fire(Evidence evidence, Member member, Village village, List<Tally> tallies, Streak streak) {
        collector.start();
        handles.add(session.insert(evidence));
        handles.add(session.insert(member));
        handles.add(session.insert(village));
        handles.add(session.insert(streak));
        for (Tally tally : tallies) {
            handles.add(session.insert(tally));
        }
        try {
            session.fireAllRules();
        } finally {
            for (FactHandle handle : handles) {
                session.delete(handle);
            }
            handles.clear();
        }
        return collector;
    }

    void dispose() {
        session.dispose();
    }
}
