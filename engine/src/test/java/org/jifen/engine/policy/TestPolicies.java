package org.jifen.engine.policy;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jifen.engine.history.HistoryEntry;
import org.jifen.engine.history.MemberHistory;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;

/** Small policies and facts for engine tests. */
final class TestPolicies {

    static final String VILLAGE_YAML = """
            id: testcun
            name: 测试村
            region: 测试镇
            caps:
              弘德: 10/MONTH
            settings:
              patrol.points: "3"
            """;

    private TestPolicies() {
    }

    static CompiledPolicy compile(String drl) {
        return new PolicyCompiler().compile(source(drl), 1);
    }

    static PolicySource source(String drl) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("village.yaml", VILLAGE_YAML);
        files.put("rules.drl", drl);
        return new PolicySource("testcun", files);
    }

    static Evidence evidence(String id, String type, String at) {
        return new Evidence(id, type, "m1", null, LocalDateTime.parse(at), 0, 1, 0, Evidence.APPROVED, Map.of());
    }

    static Member resident() {
        return new Member("m1", "h1", Set.of("RESIDENT"), null);
    }

    static HistoryEntry entry(String evidenceId, String type, String rule, String category, int points, String at) {
        return new HistoryEntry(evidenceId, type, rule, category, points, LocalDateTime.parse(at));
    }

    /** Evaluates evidence in order for one member, as the service does, returning the last evaluation. */
    static Evaluation play(CompiledPolicy policy, MemberHistory history, Member member, Evidence... evidence) {
        Evaluation last = null;
        for (Evidence e : evidence) {
            last = policy.evaluate(e, member, history);
            last.recordInto(history, e);
        }
        return last;
    }
}
