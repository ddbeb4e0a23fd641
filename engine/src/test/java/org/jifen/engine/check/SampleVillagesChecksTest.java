package org.jifen.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jifen.engine.cases.PolicyTest;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.policy.PolicySource;
import org.jifen.engine.policy.Problem;
import org.junit.jupiter.api.Test;

/** The worked example villages pass the static checks: no finding that would stop a publish. */
class SampleVillagesChecksTest {

    @Test
    void noSampleVillageHasAnError() {
        Path rules = Path.of("..", "rules");
        for (Path dir : PolicySource.villageDirs(rules)) {
            PolicySource source = PolicyTest.readVillage(rules, Path.of("..", "samples"), dir);
            CompiledPolicy policy = new PolicyCompiler().compile(source, 1);
            List<Problem> findings = PolicyChecks.run(source, policy, null);
            findings.forEach(f -> System.out.println(dir.getFileName() + ": " + f));
            assertThat(PolicyChecks.blocks(findings)).as(dir + ": " + findings).isFalse();
            policy.close();
        }
    }
}
