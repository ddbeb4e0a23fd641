package org.jifen.api.policy;

import java.util.List;
import org.jifen.engine.cases.CaseResult;
import org.jifen.engine.cases.PolicyTest;
import org.jifen.engine.check.PolicyChecks;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.policy.PolicyException;
import org.jifen.engine.policy.PolicySource;
import org.jifen.engine.policy.Problem;
import org.jifen.engine.policy.VillageConfig;
import org.jifen.engine.template.Templates;
import org.jifen.persistence.village.VillageMapper;
import org.springframework.stereotype.Component;

/**
 * The checks of the publish gate, before anything is stored: compile (sandbox and limits), the
 * static checks, the region and time zone the key may change, and every sample case within the
 * time limit of {@link PolicyRuns}. Each throws {@link PublishRejectedException} and leaves nothing
 * open when it refuses.
 */
@Component
class PublishChecks {

    private final PolicyCompiler compiler = new PolicyCompiler();
    private final VillageMapper villages;
    private final PolicyRegistry registry;
    private final PolicyRuns runs;

    PublishChecks(VillageMapper villages, PolicyRegistry registry, PolicyRuns runs) {
        this.villages = villages;
        this.registry = registry;
        this.runs = runs;
    }

    /** A village bundle compiled as {@code version}, its static checks and cases passed. */
    CompiledPolicy village(PolicySource source, int version) {
        CompiledPolicy compiled = compile(source, version);
        try {
            VillageConfig config = compiled.config();
            VillageIdentity.requireMayChange(villages.findById(source.villageId()), config.region(),
                    config.timezone().getId(), PolicySource.VILLAGE_FILE + ": ");
            List<Problem> findings = PolicyChecks.run(source, compiled, null);
            if (PolicyChecks.blocks(findings)) { // a static check's ERROR (a double award...) stops a new version
                throw new PublishRejectedException(source.villageId(), findings, List.of(), List.of());
            }
            requirePassingCases(source.villageId(), compiled, source);
            return compiled;
        } catch (RuntimeException e) {
            compiled.close();
            throw e;
        }
    }

    /** A template compiles on its own (as a village of its own) and all its sample cases pass. */
    void template(PolicySource template) {
        PolicySource alone = Templates.asVillage(template);
        CompiledPolicy policy;
        try {
            policy = compiler.compile(alone, 0);
        } catch (PolicyException e) {
            throw new PublishRejectedException(template.villageId(), e.problems().stream()
                    .map(p -> p.file().equals(PolicySource.VILLAGE_FILE)
                            ? new Problem(Templates.TEMPLATE_FILE, p.line(), p.column(), p.severity(), p.message()) : p)
                    .toList(), List.of(), List.of());
        }
        try {
            requirePassingCases(template.villageId(), policy, alone);
        } finally {
            policy.close();
        }
    }

    private CompiledPolicy compile(PolicySource source, int version) {
        long started = System.nanoTime();
        try {
            return compiler.compile(source, version);
        } catch (PolicyException e) {
            throw new PublishRejectedException(source.villageId(), e.problems(), List.of(), List.of());
        } finally {
            registry.compiled(System.nanoTime() - started);
        }
    }

    private void requirePassingCases(String id, CompiledPolicy compiled, PolicySource source) {
        PolicyTest.VillageReport report = new PolicyTest(compiler).run(runs.bounded(compiled), source.caseFiles());
        if (!report.passed()) {
            List<CaseResult> failed = report.cases().stream().filter(c -> !c.passed()).toList();
            throw new PublishRejectedException(id, List.of(), failed, report.problems());
        }
    }
}
