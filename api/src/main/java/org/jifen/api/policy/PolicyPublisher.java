package org.jifen.api.policy;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The publish gate, one for every route (start-up loader, file watcher, draft, restore, template,
 * village settings): compiles and runs the bundle's sample cases first (within the time
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
    private final ApplicationEventPublisher events;

    PolicyPublisher(PolicyVersionMapper versions, VillageMapper villages, PolicyRegistry registry, AuditLog audit,
            TemplateStore templates, VillageIdentity identity, PolicyRuns runs, ApplicationEventPublisher events) {
        this.events = events;
        this.runs = runs;
        this.audit = audit;
        this.identity = identity;
        this.templates = templates;
        this.versions = versions;
        this.villages = villages;
        this.registry = registry;
    }

    /**
     * The one way a village's policy is published, whatever the route (see {@link PublishCommand.Origin}):
     * checks it (compiles, static checks, every sample case passes), stores it as the next version,
     * records the audit entry and emits {@link PolicyPublished}, on which the cache activates it, the
     * drafts follow it and the folder records note it. When the latest version has the same content
     * and is in effect, and this one would take effect at once, nothing is stored: the event says
     * {@code created} false. A version that takes effect later is stored but not activated.
     *
     * @throws PublishRejectedException when it does not compile or a case fails; nothing is stored then
     */
    public Publication publish(PublishCommand command) {
        PolicySource source = templates.attachLatest(command.source());
        String village = source.villageId();
        String hash = source.contentHash();
        LocalDateTime now = LocalDateTime.now();
        LocalDateTime from = command.effectiveFrom() == null ? null
                : command.effectiveFrom().truncatedTo(ChronoUnit.MILLIS);
        boolean immediate = from == null || !from.isAfter(now);
        for (int attempt = 0; ; attempt++) {
            PolicyVersionRow latest = versions.findLatest(village);
            String previous = latest == null ? null : latest.contentHash();
            if (immediate && latest != null && latest.contentHash().equals(hash)
                    && (latest.effectiveFrom() == null || !latest.effectiveFrom().isAfter(now))) {
                CompiledPolicy live = registry.active(village).orElse(null);
                events.publishEvent(new PolicyPublished(command, latest.version(), hash, previous, false, null, live));
                return new Publication(latest.version(), hash, false, true, live);
            }
            int version = latest == null ? 1 : latest.version() + 1;
            CompiledPolicy compiled = compile(source, version);
            requirePassingCases(source, compiled);
            try {
                versions.insert(new PolicyVersionRow(village, version, hash, PolicyFiles.toJson(source.files()),
                        command.author(), command.comment(), from, null));
                templates.link(source, version);
            } catch (DuplicateKeyException e) {
                compiled.close();
                if (attempt >= 3) {
                    throw e;
                }
                continue;
            }
            audit.record(village, command.origin() == PublishCommand.Origin.RESTORE ? AuditAction.POLICY_RESTORE
                    : AuditAction.POLICY_PUBLISH, "policy/versions/" + version, previous, hash,
                    "version " + version + " by " + command.author() + " (" + command.origin().name().toLowerCase()
                    + ")" + (immediate ? "" : ", effective from " + from)
                    + (command.comment() == null ? "" : ": " + command.comment()));
            if (immediate) {
                upsertVillage(compiled);
            } else {
                compiled.close();
                compiled = null;
            }
            events.publishEvent(new PolicyPublished(command, version, hash, previous, true, from, compiled));
            return new Publication(version, hash, true, immediate, compiled);
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

    private void upsertVillage(CompiledPolicy policy) {
        VillageConfig config = policy.config();
        identity.save(new VillageRow(config.id(), config.name(), config.region(), config.timezone().getId()));
    }

    /**
     * What {@link #publish} did: the version, whether it was stored now and is in effect now, and the
     * compiled policy in effect when it is (null for a version that waits for its time).
     */
    public record Publication(int version, String contentHash, boolean created, boolean activated,
            CompiledPolicy policy) {
    }
}
