package org.jifen.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jifen.engine.policy.PolicySource;
import org.jifen.facts.Tally;
import org.jifen.facts.Village;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/** One reused session, the same strategy as the engine's pool on one thread: insert, fire, delete. */
final class RawDrools {
    final KieSession session;
    final CountingAwards award = new CountingAwards();
    final Village village;
    final boolean onlyTestedTallies;
    private final List<FactHandle> handles = new ArrayList<>();

    RawDrools(KieBase base, Village village, boolean onlyTestedTallies) {
        this.session = base.newKieSession();
        this.village = village;
        this.onlyTestedTallies = onlyTestedTallies;
        session.setGlobal("award", award);
    }

    /** The same DRL, built by plain Drools: imports and global added after the package line. */
    static KieBase kieBase(PolicySource source) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        PolicyDrl.files(source).forEach((name, text) -> {
            String drl = text.replaceFirst("(?m)^(\\s*package\\s+[^;\\n]+;?)",
                    "$1\nimport org.jifen.facts.*;\nglobal org.jifen.facts.Awards award;\n");
            builder.add(ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8))
                    .setSourcePath("raw/" + name.replace(".csv.drl", ".drl")), ResourceType.DRL);
        });
        if (builder.hasErrors()) {
            throw new IllegalStateException("raw Drools build failed: " + builder.getErrors());
        }
        return builder.newKieBase();
    }

    int evaluate(Case c) {
        handles.add(session.insert(c.evidence()));
        handles.add(session.insert(c.member()));
        handles.add(session.insert(village));
        handles.add(session.insert(c.streak()));
        List<Tally> tallies = onlyTestedTallies ? c.testedTallies() : c.tallies();
        for (int i = 0, n = tallies.size(); i < n; i++) {
            handles.add(session.insert(tallies.get(i)));
        }
        int fired = session.fireAllRules();
        for (int i = 0, n = handles.size(); i < n; i++) {
            session.delete(handles.get(i));
        }
        handles.clear();
        return fired;
    }

    void dispose() {
        session.dispose();
    }
}
