package org.jifen.api.policy;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.jifen.api.audit.AuditAction;
import org.jifen.api.audit.AuditLog;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.PolicySource;
import org.jifen.engine.policy.VillageConfig;
import org.jifen.persistence.policy.PolicyVersionMapper;
import org.jifen.persistence.policy.PolicyVersionRow;
import org.jifen.persistence.village.VillageRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The publish gate, one for every route (start-up loader, file watcher, draft, restore, template,
 * village settings) and the only code that stores a version: checks the bundle first
 * ({@link PublishChecks}), so a broken policy or one whose cases fail never becomes a version; then
 * stores it as the next version, records the audit entry and emits {@link PolicyPublished}. A
 * village that {@code extends} a template is published with the template's latest version attached
 * (see {@link TemplateStore}); a template's own versions go through {@link #publishTemplate}.
 */
@Service
public class PolicyPublisher {

    private static final int ATTEMPTS = 4;

    private final PolicyVersionMapper versions;
    private final PolicyRegistry registry;
    private final AuditLog audit;
    private final TemplateStore templates;
    private final VillageIdentity identity;
    private final PublishChecks checks;
    private final ApplicationEventPublisher events;

    PolicyPublisher(PolicyVersionMapper versions, PolicyRegistry registry, AuditLog audit, TemplateStore templates,
            VillageIdentity identity, PublishChecks checks, ApplicationEventPublisher events) {
        this.versions = versions;
        this.registry = registry;
        this.audit = audit;
        this.templates = templates;
        this.identity = identity;
        this.checks = checks;
        this.events = events;
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
        if (command.origin() == PublishCommand.Origin.TEMPLATE_VERSION) {
            throw new IllegalArgumentException("a template's version is published with publishTemplate");
        }
        PolicySource source = templates.attachLatest(command.source());
        String village = source.villageId();
        String hash = source.contentHash();
        LocalDateTime now = LocalDateTime.now();
        LocalDateTime from = command.effectiveFrom() == null ? null
                : command.effectiveFrom().truncatedTo(ChronoUnit.MILLIS);
        boolean immediate = from == null || !from.isAfter(now);
        for (int attempt = 1; ; attempt++) {
            PolicyVersionRow latest = versions.findLatest(village);
            String previous = latest == null ? null : latest.contentHash();
            if (immediate && latest != null && latest.contentHash().equals(hash)
                    && (latest.effectiveFrom() == null || !latest.effectiveFrom().isAfter(now))) {
                CompiledPolicy live = registry.active(village).orElse(null);
                events.publishEvent(new PolicyPublished(command, latest.version(), hash, previous, false, null, live));
                return new Publication(latest.version(), hash, false, true, live);
            }
            int version = latest == null ? 1 : latest.version() + 1;
            CompiledPolicy compiled = checks.village(source, version);
            if (!store(new PolicyVersionRow(village, version, hash, PolicyFiles.toJson(source.files()),
                    command.author(), command.comment(), from, null), attempt)) {
                compiled.close();
                continue;
            }
            templates.link(source, version);
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
     * Stores a county template's next version through the same gate: it must compile on its own and
     * pass its cases; it is stored under {@link TemplateStore#storedId}, audited and announced as a
     * {@link PolicyPublished} with origin {@code TEMPLATE_VERSION} (no village changes; the caller
     * republishes the villages that extend it through {@link #publish}). Content equal to the latest
     * version stores nothing ({@code created} false).
     *
     * @throws PublishRejectedException when the template does not compile or a case fails
     */
    public Publication publishTemplate(PolicySource template, String author, String comment) {
        String id = template.villageId();
        String stored = TemplateStore.storedId(id);
        String hash = template.contentHash();
        checks.template(template);
        PublishCommand command = new PublishCommand(template, author, comment, null,
                PublishCommand.Origin.TEMPLATE_VERSION, null);
        for (int attempt = 1; ; attempt++) {
            PolicyVersionRow latest = versions.findLatest(stored);
            String previous = latest == null ? null : latest.contentHash();
            if (latest != null && latest.contentHash().equals(hash)) {
                events.publishEvent(new PolicyPublished(command, latest.version(), hash, previous, false, null, null));
                return new Publication(latest.version(), hash, false, false, null);
            }
            int version = latest == null ? 1 : latest.version() + 1;
            if (!store(new PolicyVersionRow(stored, version, hash, PolicyFiles.toJson(template.files()), author,
                    comment, null, null), attempt)) {
                continue;
            }
            audit.record(stored, AuditAction.POLICY_PUBLISH, "templates/" + id + "/versions/" + version, previous,
                    hash, "template " + id + " version " + version + " by " + author
                    + (comment == null ? "" : ": " + comment));
            events.publishEvent(new PolicyPublished(command, version, hash, previous, true, null, null));
            return new Publication(version, hash, true, false, null);
        }
    }

    /** Inserts the row; false when another instance took the number first and a retry is left. */
    private boolean store(PolicyVersionRow row, int attempt) {
        try {
            versions.insert(row);
            return true;
        } catch (DuplicateKeyException e) {
            if (attempt >= ATTEMPTS) {
                throw e;
            }
            return false;
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
