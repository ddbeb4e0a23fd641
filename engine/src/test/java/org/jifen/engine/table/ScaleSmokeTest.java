package org.jifen.engine.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jifen.engine.history.MemberHistory;
import org.jifen.engine.policy.AwardOutcome;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.Evaluation;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.policy.PolicySource;
import org.jifen.engine.template.Templates;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;
import org.junit.jupiter.api.Test;

/**
 * A small run of the scale benchmark's setup (bench/.../scale): 500 villages over 10 templates, one
 * in 20 with DRL of its own. Asserts behaviour only: list villages share the rule base and keep
 * their overrides, DRL villages have their own, and random villages evaluate as on their own rule base.
 */
class ScaleSmokeTest {

    private final PolicyCompiler compiler = new PolicyCompiler();

    @Test
    void fiveHundredVillagesOverTenTemplatesShareOneRuleBaseAndEvaluateAsCompiledOnTheirOwn() {
        Random random = new Random(28_000);
        List<PolicySource> templates = new ArrayList<>();
        for (int t = 0; t < 10; t++) {
            PolicySource generated = RandomVillages.village("county-" + t, random);
            Map<String, String> files = new LinkedHashMap<>(generated.files());
            files.put(Templates.TEMPLATE_FILE, files.remove(PolicySource.VILLAGE_FILE));
            templates.add(new PolicySource("county-" + t, files));
        }
        List<PolicySource> sources = new ArrayList<>();
        List<CompiledPolicy> policies = new ArrayList<>();
        for (int v = 0; v < 500; v++) {
            PolicySource source = v % 20 == 19 ? drlVillage(v) : listVillage(v, templates.get(v % 10));
            sources.add(source);
            policies.add(compiler.compile(source, 1));
        }
        for (int v = 0; v < 500; v++) {
            assertThat(policies.get(v).sharesRuleBase()).as("village " + v).isEqualTo(v % 20 != 19);
            if (v % 20 != 19) {
                assertThat(policies.get(v).rules().get("项目0").category()).as("template item kept").isNotNull();
                assertThat(policies.get(v).rules()).as("removed item").doesNotContainKey("项目1");
            }
        }

        PolicyCompiler own = compiler.withOwnRuleBases();
        Member member = RandomVillages.member(random);
        int awards = 0;
        for (int n = 0; n < 60; n++) {
            int v = random.nextInt(500);
            CompiledPolicy reference = own.compile(sources.get(v), 1);
            for (Evidence evidence : RandomVillages.evidence(15, random)) {
                Evaluation shared = policies.get(v).evaluate(evidence, member, new MemberHistory());
                assertThat(shared).isEqualTo(reference.evaluate(evidence, member, new MemberHistory()));
                for (AwardOutcome award : shared.awards()) {
                    assertThat(policies.get(v).rules()).containsKey(award.rule());
                    awards++;
                }
            }
            reference.close();
        }
        assertThat(awards).isGreaterThan(50);
    }

    /** Extends {@code template}: 项目0 worth 9 points, 项目1 removed, one item of its own. */
    private static PolicySource listVillage(int v, PolicySource template) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(PolicySource.VILLAGE_FILE, "id: v" + v + "\nname: 村" + v + "\nextends: " + template.villageId() + "\n");
        files.put(PolicySource.POINTS_LIST_FILE, "项目,类型,分值,类别\n项目0,,9,\n项目1,,删除,\n本村项目,MEETING,2,善治\n");
        return Templates.attach(new PolicySource("v" + v, files), template, 1);
    }

    private static PolicySource drlVillage(int v) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(PolicySource.VILLAGE_FILE, "id: v" + v + "\nname: 村" + v + "\n");
        files.put("rules.drl", """
                package village.v%d;
                rule "巡逻"
                    @maxTimes("2/WEEK")
                when
                    $e : Evidence( type == "PATROL", approved )
                then
                    award.grant($e, 3, "巡逻");
                end
                """.formatted(v));
        return new PolicySource("v" + v, files);
    }
}
