package org.jifen.api.policy;

import java.util.List;
import org.jifen.engine.cases.CaseResult;
import org.jifen.engine.cases.PolicyTest;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.policy.PolicyException;
import org.jifen.engine.policy.PolicySource;
import org.jifen.engine.policy.VillageConfig;
import org.jifen.persistence.policy.PolicyVersionMapper;
import org.jifen.persistence.policy.PolicyVersionRow;
import org.jifen.persistence.village.VillageMapper;
import org.jifen.persistence.village.VillageRow;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Publishes policy versions: compiles and runs the bundle's sample cases first, so a broken
 * policy or one whose cases fail never becomes a version; then stores the files as the
 * village's next version and activates it.
 */
@Service
public class PolicyPublisher {

    private final PolicyCompiler compiler = new PolicyCompiler();
    private final PolicyVersionMapper versions;
    private final VillageMapper villages;
    private final PolicyRegistry registry;

    PolicyPublisher(PolicyVersionMapper versions, VillageMapper villages, PolicyRegistry registry) {
        this.versions = versions;
        this.villages = villages;
        this.registry = registry;
    }

    /**
     * Activates {@code source}: as the latest stored version when its content is unchanged, else
     * as a new version once it compiles and all its cases pass.
     *
     * @throws PublishRejectedException when it does not compile or a case fails; nothing is stored then
     */
    public CompiledPolicy publish(PolicySource source, String author, String comment) {
        String hash = source.contentHash();
        PolicyVersionRow latest = versions.findLatest(source.villageId());
        if (latest != null && latest.contentHash().equals(hash)) {
            return activate(compile(source, latest.version()));
        }
        for (int attempt = 0; ; attempt++) {
            int version = versions.nextVersion(source.villageId());
            CompiledPolicy compiled = compile(source, version);
            requirePassingCases(source, compiled);
            try {
                versions.insert(new PolicyVersionRow(source.villageId(), version, hash,
                        PolicyFiles.toJson(source.files()), author, comment, null, null));
                return activate(compiled);
            } catch (DuplicateKeyException e) {
                compiled.close();
                if (attempt >= 3) {
                    throw e;
                }
            }
        }
    }

    private CompiledPolicy compile(PolicySource source, int version) {
        try {
            return compiler.compile(source, version);
        } catch (PolicyException e) {
            throw new PublishRejectedException(source.villageId(), e.problems(), List.of(), List.of());
        }
    }

    private void requirePassingCases(PolicySource source, CompiledPolicy compiled) {
        PolicyTest.VillageReport report = new PolicyTest(compiler).run(compiled, source.caseFiles());
        if (!report.passed()) {
            compiled.close();
            List<CaseResult> failed = report.cases().stream().filter(c -> !c.passed()).toList();
            throw new PublishRejectedException(source.villageId(), List.of(), failed, report.problems());
        }
    }

    /** Activates the latest stored version of a village; false when it has none. */
    public boolean activateLatestStored(String villageId) {
        PolicyVersionRow latest = versions.findLatest(villageId);
        if (latest == null) {
            return false;
        }
        PolicySource source = new PolicySource(villageId, PolicyFiles.fromJson(latest.files()));
        activate(compiler.compile(source, latest.version()));
        return true;
    }

    private CompiledPolicy activate(CompiledPolicy policy) {
        VillageConfig config = policy.config();
        villages.upsert(new VillageRow(config.id(), config.name(), config.region(), config.timezone().getId()));
        registry.activate(policy);
        return policy;
    }
}
