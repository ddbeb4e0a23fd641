package org.jifen.api.village;

import org.jifen.api.policy.version.VersionService;
import org.jifen.api.policy.version.VersionView;

import org.jifen.api.policy.PolicyConflictException;
import org.jifen.api.policy.PolicyTimes;
import org.jifen.api.policy.VillageYamlText;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.SortedMap;
import org.jifen.api.audit.AuditAction;
import org.jifen.api.audit.AuditLog;
import org.jifen.api.policy.VillageIdentity;
import org.jifen.api.policy.draft.DraftService;
import org.jifen.engine.policy.PolicySource;
import org.jifen.persistence.policy.PolicyVersionMapper;
import org.jifen.persistence.policy.PolicyVersionRow;
import org.jifen.persistence.village.VillageMapper;
import org.jifen.persistence.village.VillageRow;
import org.springframework.stereotype.Service;

/**
 * Creates a village, or renames one. A village's name, region and time zone live in its policy's
 * {@code village.yaml}, which every activation writes back to the village, so a rename of a village
 * with a policy is published as a new version whose {@code village.yaml} carries the new identity
 * (through the same gate as any publish), and the draft's {@code village.yaml}, if there is a draft,
 * is edited the same way so that publishing it later keeps the new name. Only an ADMIN key may
 * change the region or time zone ({@link VillageIdentity}); an OFFICIAL may rename.
 */
@Service
public class VillageRenamer {

    /** What a PUT did: created the village, and the policy version it published (null: none). */
    public record Outcome(boolean created, Integer publishedVersion) {
    }

    private final VillageMapper villages;
    private final PolicyVersionMapper versions;
    private final VersionService versionService;
    private final DraftService drafts;
    private final AuditLog audit;
    private final VillageIdentity identity;

    VillageRenamer(VillageMapper villages, PolicyVersionMapper versions, VersionService versionService,
            DraftService drafts, AuditLog audit, VillageIdentity identity) {
        this.audit = audit;
        this.identity = identity;
        this.villages = villages;
        this.versions = versions;
        this.versionService = versionService;
        this.drafts = drafts;
    }

    /**
     * Creates the village, or gives it a new name, region and time zone; a null region or time zone
     * keeps the village's (on create: no region, Asia/Shanghai), an empty region removes it.
     */
    public Outcome put(String villageId, String name, String region, String timezone, String author) {
        VillageRow existing = villages.findById(villageId);
        if (existing == null) {
            villages.upsert(new VillageRow(villageId, name, region == null || region.isEmpty() ? null : region,
                    timezone == null ? "Asia/Shanghai" : timezone));
            audit.record(villageId, AuditAction.VILLAGE_CREATE, "villages/" + villageId, null, null,
                    "name " + name + (region == null || region.isEmpty() ? "" : ", region " + region)
                            + (timezone == null ? "" : ", timezone " + timezone));
            return new Outcome(true, null);
        }
        String newRegion = region == null ? existing.region() : region.isEmpty() ? null : region;
        String newZone = timezone == null ? existing.timezone() : timezone;
        VillageRow renamed = new VillageRow(villageId, name, newRegion, newZone);
        if (renamed.equals(existing)) {
            return new Outcome(false, null);
        }
        VillageIdentity.requireMayChange(existing, newRegion, newZone, "");
        String by = author == null || author.isBlank() ? "api" : author;
        Integer published = null;
        String hashBefore = null;
        String hashAfter = null;
        LocalDateTime now = LocalDateTime.now();
        PolicyVersionRow active = versions.findActive(villageId, now);
        PolicyVersionRow latest = versions.findLatest(villageId);
        if (latest != null && (active == null || latest.version() != active.version())) {
            throw new PolicyConflictException("village " + villageId + " has version " + latest.version()
                    + " scheduled to take effect at " + PolicyTimes.show(latest.effectiveFrom(),
                    PolicyTimes.zone(existing.timezone())) + "; rename it after that, or change name, region and "
                    + "timezone in the draft's village.yaml and publish");
        }
        if (active != null) {
            SortedMap<String, String> files = new java.util.TreeMap<>(org.jifen.api.policy.PolicyFiles.fromJson(active.files()));
            String yaml = files.get(PolicySource.VILLAGE_FILE);
            String edited = VillageYamlText.withIdentity(yaml, name, newRegion, newZone);
            if (!edited.equals(yaml)) {
                files.put(PolicySource.VILLAGE_FILE, edited);
                String comment = "village renamed: " + existing.name() + " → " + name
                        + (Objects.equals(existing.region(), newRegion) ? "" : ", region " + newRegion)
                        + (Objects.equals(existing.timezone(), newZone) ? "" : ", timezone " + newZone);
                VersionView view = versionService.publish(new org.jifen.api.policy.PublishCommand(new PolicySource(villageId, files),
                        by, comment.length() > 500 ? comment.substring(0, 500) : comment, null,
                        org.jifen.api.policy.PublishCommand.Origin.VILLAGE, null), null);
                published = view.unchanged() == null ? view.version() : null;
                hashBefore = active.contentHash();
                hashAfter = view.contentHash();
            }
        }
        identity.save(renamed);
        drafts.editVillageYaml(villageId, yaml -> VillageYamlText.withIdentity(yaml, name, newRegion, newZone), by);
        audit.record(villageId, AuditAction.VILLAGE_RENAME,
                published == null ? "villages/" + villageId : "policy/versions/" + published, hashBefore, hashAfter,
                existing.name() + " → " + name + (Objects.equals(existing.region(), newRegion) ? ""
                        : ", region " + existing.region() + " → " + newRegion)
                        + (Objects.equals(existing.timezone(), newZone) ? ""
                        : ", timezone " + existing.timezone() + " → " + newZone)
                        + (published == null ? "" : ", published as version " + published));
        return new Outcome(false, published);
    }
}
