package org.jifen.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.jifen.engine.history.MemberHistory;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;
import org.kie.api.builder.KieRepository;

/**
 * Each (village, version) gets its own rule base, built outside the KieRepository: nothing is
 * registered there to leak, and two versions never share packages.
 */
class RuleBaseIsolationTest {

    private static final String RULE = """
            package village.testcun;
            rule "巡逻"
            when $e : Evidence( type == "PATROL" )
            then award.grant($e, %d, "巡逻");
            end
            """;

    @Test
    void compilingRegistersNothingInTheKieRepository() {
        KieRepository repository = KieServices.get().getRepository();
        for (int version = 1; version <= 20; version++) {
            TestPolicies.compile(RULE.formatted(version)).close();
        }
        assertThat(repository.getKieModule(repository.getDefaultReleaseId())).isNull();
    }

    @Test
    void versionsWithTheSamePackageDoNotMix() {
        CompiledPolicy one = new PolicyCompiler().compile(TestPolicies.source(RULE.formatted(1)), 1);
        CompiledPolicy two = new PolicyCompiler().compile(TestPolicies.source(RULE.formatted(2)), 2);
        var evidence = TestPolicies.evidence("e", "PATROL", "2026-11-18T08:00");
        assertThat(one.evaluate(evidence, TestPolicies.resident(), new MemberHistory()).credited())
                .extracting(AwardOutcome::points).containsExactly(1);
        assertThat(two.evaluate(evidence, TestPolicies.resident(), new MemberHistory()).credited())
                .extracting(AwardOutcome::points).containsExactly(2);
        assertThat(one.evaluate(evidence, TestPolicies.resident(), new MemberHistory()).policyVersion()).isEqualTo(1);
    }
}
