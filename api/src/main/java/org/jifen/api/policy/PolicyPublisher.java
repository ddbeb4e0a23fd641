package org.jifen.api.policy;

import java.util.List;
import org.jifen.api.audit.AuditAction;
import org.jifen.api.audit.AuditLog;
import org.jifen.engine.cases.CaseResult;
import org.jifen.engine.check.PolicyChecks;
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
 * Publishes policy versions: compiles and runs the bundle's sample cases first (within the time
 * limit of {@link PolicyRuns}), so a broken policy or one whose cases fail never becomes a version; then stores the files as the
 * village's next version and activates it. A village that {@code extends} a template is published
 * with the template's latest version attached (see {@link TemplateStore}).
 */
@Service
public class PolicyPublisher {

    private final PolicyCompiler compiler = new PolicyCompiler();
    private final PolicyVersionMapper versions;
    private final VillageMapper villages;
    private final PolicyRegistry registry;
    private final AuditLog audit;
    private final TemplateStore templates;
    private final VillageIdentity identity;

    private final PolicyRuns runs;

    PolicyPublisher(PolicyVersionMapper versions, VillageMapper villages, PolicyRegistry registry, AuditLog audit,
            TemplateStore templates, VillageIdentity identity, PolicyRuns runs) {
        this.runs = runs;
        this.audit = audit;
        this.identity = identity;
        this.templates = templates;
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
    public CompiledPolicy publish(PolicySource bundle, String author, String comment) {
        PolicySource source = templates.attachLatest(bundle);
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
                templates.link(source, version);
                audit.record(source.villageId(), AuditAction.POLICY_PUBLISH, "policy/versions/" + version,
                        latest == null ? null : latest.contentHash(), hash,
                        "version " + version + " by " + author + (comment == null ? "" : ": " + comment));
                return activate(compiled);
            } catch (DuplicateKeyException e) {
                compiled.close();
                if (attempt >= 3) {
                    throw e;
                }
            }
        }
    }

    /**
     * Compiles {@code source}; refuses it when its village.yaml changes a region or time zone the
     * current key may not change (see {@link VillageIdentity}).
     */
    private CompiledPolicy compile(PolicySource source, int version) {
        long started = System.nanoTime();
        CompiledPolicy compiled;
        try {
            compiled = compiler.compile(source, version);
        } catch (PolicyException e) {
            throw new PublishRejectedException(source.villageId(), e.problems(), List.of(), List.of());
        } finally {
            registry.compiled(System.nanoTime() - started);
        }
        VillageConfig config = compiled.config();
        try {
            VillageIdentity.requireMayChange(villages.findById(source.villageId()), config.region(),
                    config.timezone().getId(), PolicySource.VILLAGE_FILE + ": ");
        } catch (RuntimeException e) {
            compiled.close();
            throw e;
        }
        return compiled;
    }

    private void requirePassingCases(PolicySource source, CompiledPolicy compiled) {
        List<org.jifen.engine.policy.Problem> findings = PolicyChecks.run(source, compiled, null);
        if (PolicyChecks.blocks(findings)) { // a static check's ERROR (a double award...) stops a new version
            compiled.close();
            throw new PublishRejectedException(source.villageId(), findings, List.of(), List.of());
        }
        PolicyTest.VillageReport report = new PolicyTest(compiler).run(runs.bounded(compiled), source.caseFiles());
        if (!report.passed()) {
            compiled.close();
            List<CaseResult> failed = report.cases().stream().filter(c -> !c.passed()).toList();
            throw new PublishRejectedException(source.villageId(), List.of(), failed, report.problems());
        }
    }

    /**
     * Activates the village's latest stored version that is in effect now (a future-dated version
     * waits for its time; see {@link PolicyRegistry#refresh}); false when it has none.
     */
    public boolean activateLatestStored(String villageId) {
        CompiledPolicy policy = registry.refresh(villageId);
        if (policy == null) {
            return false;
        }
        upsertVillage(policy);
        return true;
    }

    private CompiledPolicy activate(CompiledPolicy policy) {
        upsertVillage(policy);
        registry.activate(policy);
        return policy;
    }

    private void upsertVillage(CompiledPolicy policy) {
        VillageConfig config = policy.config();
        identity.save(new VillageRow(config.id(), config.name(), config.region(), config.timezone().getId()));
    }

    /** What {@link #publishVersion} did: the version, and whether it was stored now and is in effect now. */
    public record Publication(int version, String contentHash, boolean created, boolean activated) {
    }

    /**
     * Publishes {@code source} through the same gate as {@link #publish} (it must compile and all its
     * cases pass) as a version that takes effect at {@code effectiveFrom}, in server time; null, or
     * a time not after now, means at once. A version that takes effect later is stored and listed
     * but not activated: instances pick it up at that time (see {@link PolicyRegistry#expect}).
     * When the latest version is in effect and has the same content, and this one would take effect
     * at once, nothing is stored and that version is returned with {@code created} false.
     *
     * @throws PublishRejectedException when it does not compile or a case fails; nothing is stored then
     */
    public Publication publishVersion(PolicySource bundle, String author, String comment,
            java.time.LocalDateTime effectiveFrom) {
        PolicySource source = templates.attachLatest(bundle);
        String village = source.villageId();
        String hash = source.contentHash();
        java.time.LocalDateTime now = java.time.LocalDateTime.now();
        java.time.LocalDateTime from = effectiveFrom == null ? null
                : effectiveFrom.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        boolean immediate = from == null || !from.isAfter(now);
        for (int attempt = 0; ; attempt++) {
            PolicyVersionRow latest = versions.findLatest(village);
            if (immediate && latest != null && latest.contentHash().equals(hash)
                    && (latest.effectiveFrom() == null || !latest.effectiveFrom().isAfter(now))) {
                return new Publication(latest.version(), hash, false, true);
            }
            int version = latest == null ? 1 : latest.version() + 1;
            CompiledPolicy compiled = compile(source, version);
            requirePassingCases(source, compiled);
            try {
                versions.insert(new PolicyVersionRow(village, version, hash, PolicyFiles.toJson(source.files()),
                        author, comment, from, null));
                templates.link(source, version);
            } catch (DuplicateKeyException e) {
                compiled.close();
                if (attempt >= 3) {
                    throw e;
                }
                continue;
            }
            if (immediate) {
                activate(compiled);
                return new Publication(version, hash, true, true);
            }
            compiled.close();
            registry.expect(village, version, from);
            return new Publication(version, hash, true, false);
        }
    }
}
