package org.jifen.engine.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jifen.engine.cases.PolicyTest;
import org.jifen.engine.history.MemberHistory;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.Evaluation;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.policy.PolicySource;
import org.jifen.engine.template.Templates;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;
import org.junit.jupiter.api.Test;

/** List-only villages give exactly the same results on the shared rule base as compiled to their own. */
class SharedBaseEquivalenceTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private final PolicyCompiler shared = new PolicyCompiler();
    private final PolicyCompiler own = new PolicyCompiler().withOwnRuleBases();

    @Test
    void everySampleCaseOfEveryListOnlyVillageAndTemplateGivesTheSameResultsOnBothPaths() {
        Path rules = ROOT.resolve("rules");
        List<PolicySource> bundles = new ArrayList<>();
        for (Path dir : PolicySource.villageDirs(rules)) {
            bundles.add(PolicyTest.readVillage(rules, ROOT.resolve("samples"), dir));
        }
        for (Path dir : Templates.templateDirs(rules)) {
            bundles.add(Templates.asVillage(Templates.read(dir, ROOT.resolve("samples/_templates").resolve(dir.getFileName()))));
        }
        int listOnly = 0;
        for (PolicySource bundle : bundles) {
            CompiledPolicy table = shared.compile(bundle, 1);
            if (!table.sharesRuleBase()) {
                continue;
            }
            listOnly++;
            CompiledPolicy compiled = own.compile(bundle, 1);
            assertThat(compiled.sharesRuleBase()).isFalse();
            assertThat(table.rules()).isEqualTo(compiled.rules());
            assertThat(new PolicyTest(shared).run(table, bundle.caseFiles()).passed()).isTrue();
            assertThat(new PolicyTest(own).run(compiled, bundle.caseFiles()).passed()).isTrue();
        }
        assertThat(listOnly).as("list-only sample villages and templates").isGreaterThanOrEqualTo(2);
    }

    @Test
    void randomTablesAndRandomEvidenceGiveTheSameAwardsCapsCategoriesAndReasons() {
        Random random = new Random(20261124);
        int compared = 0;
        for (int v = 0; v < 80; v++) {
            PolicySource village = RandomVillages.village("r" + v, random);
            CompiledPolicy table = shared.compile(village, 1);
            CompiledPolicy compiled = own.compile(village, 1);
            assertThat(table.sharesRuleBase()).isTrue();
            assertThat(table.rules()).isEqualTo(compiled.rules());
            Member member = RandomVillages.member(random);
            MemberHistory tableHistory = new MemberHistory();
            MemberHistory compiledHistory = new MemberHistory();
            for (Evidence evidence : RandomVillages.evidence(60, random)) {
                Evaluation a = table.evaluate(evidence, member, tableHistory);
                Evaluation b = compiled.evaluate(evidence, member, compiledHistory);
                assertThat(a).as(village.villageId() + " " + evidence).isEqualTo(b);
                a.recordInto(tableHistory, evidence);
                b.recordInto(compiledHistory, evidence);
                compared += a.awards().size();
            }
            compiled.close();
        }
        assertThat(compared).as("awards compared").isGreaterThan(500);
    }
}
