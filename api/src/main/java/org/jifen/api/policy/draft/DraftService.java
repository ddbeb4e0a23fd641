package org.jifen.api.policy.draft;

import org.jifen.api.village.KnownVillages;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.jifen.api.audit.AuditAction;
import org.jifen.api.audit.AuditLog;
import org.jifen.api.audit.Sha256;
import org.jifen.api.policy.ContentTooLargeException;
import org.jifen.api.policy.PolicyConflictException;
import org.jifen.api.policy.PolicyFiles;
import org.jifen.api.policy.VillageYamlText;
import org.jifen.api.web.NotFoundException;
import org.jifen.engine.policy.PolicySource;
import org.jifen.persistence.draft.DraftFileInfo;
import org.jifen.persistence.draft.DraftFileRow;
import org.jifen.persistence.draft.DraftMapper;
import org.jifen.persistence.policy.PolicyVersionMapper;
import org.jifen.persistence.policy.PolicyVersionRow;
import org.jifen.persistence.village.VillageMapper;
import org.jifen.persistence.village.VillageRow;
import org.springframework.stereotype.Service;

/**
 * The draft workspace of each village, stored in {@code policy_drafts}. A village has a draft once
 * any draft operation touches it: the draft then starts as a copy of the files of the version in
 * effect (the live policy), or, for a village without a policy, of a {@code village.yaml} made from
 * the village's name, region and time zone. {@code village.yaml} cannot be deleted, so a draft is
 * never empty; discarding the whole draft makes the next touch start again from the live policy.
 * A publish of the draft discards it once its content is live, unless it was edited meanwhile
 * ({@link DraftFollower}).
 */
@Service
public class DraftService {

    private final DraftMapper drafts;
    private final VillageMapper villages;
    private final PolicyVersionMapper versions;
    private final DraftProperties properties;
    private final AuditLog audit;
    private final org.jifen.api.policy.TemplateStore templates;

    DraftService(DraftMapper drafts, VillageMapper villages, PolicyVersionMapper versions, DraftProperties properties,
            AuditLog audit, org.jifen.api.policy.TemplateStore templates) {
        this.templates = templates;
        this.audit = audit;
        this.drafts = drafts;
        this.villages = villages;
        this.versions = versions;
        this.properties = properties;
    }

    public DraftProperties properties() {
        return properties;
    }

    /** The village, or a 404. */
    public VillageRow village(String villageId) {
        VillageRow row = KnownVillages.require(villages, villageId);
        return row;
    }

    /**
     * The draft as a policy bundle (starting it from the live policy if need be): for validate, test,
     * publish, simulate; a village that extends a template gets the template's latest version attached.
     */
    public PolicySource source(String villageId) {
        ensure(village(villageId));
        SortedMap<String, String> files = new TreeMap<>();
        drafts.findAll(villageId).forEach(f -> files.put(f.fileName(), f.content()));
        return templates.attachLatest(new PolicySource(villageId, files));
    }

    /** The draft's files without their text, by name. */
    public List<DraftFileInfo> list(String villageId) {
        ensure(village(villageId));
        return drafts.list(villageId);
    }

    /** One draft file, or a 404. */
    public DraftFileRow file(String villageId, String name) {
        checkName(name);
        ensure(village(villageId));
        DraftFileRow row = drafts.find(villageId, name);
        if (row == null) {
            throw new NotFoundException("the draft of village " + villageId + " has no file " + name);
        }
        return row;
    }

    /** Creates or replaces a draft file; true when it is new. */
    public boolean put(String villageId, String name, String content, String author) {
        checkName(name);
        ensure(village(villageId));
        int bytes = content.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > properties.maxFileBytes()) {
            throw new ContentTooLargeException(name + " is " + bytes
                    + " bytes; a draft file may have at most " + properties.maxFileBytes() + " bytes");
        }
        DraftFileRow before = drafts.find(villageId, name);
        boolean created = before == null;
        if (created && drafts.count(villageId) >= properties.maxFiles()) {
            throw new PolicyConflictException("the draft of village " + villageId + " already has "
                    + properties.maxFiles() + " files, the most it may have; delete one first");
        }
        drafts.upsert(new DraftFileRow(villageId, name, content, author, null));
        audit.record(villageId, AuditAction.DRAFT_FILE_PUT, "policy/draft/files/" + name,
                created ? null : Sha256.hex(before.content()), Sha256.hex(content),
                (created ? "created" : "replaced") + (author == null ? "" : ", author " + author));
        return created;
    }

    /** Deletes a draft file; village.yaml cannot be deleted (409), an absent file is a 404. */
    public void delete(String villageId, String name) {
        checkName(name);
        ensure(village(villageId));
        if (name.equals(PolicySource.VILLAGE_FILE)) {
            throw new PolicyConflictException("village.yaml cannot be deleted from a draft: every policy needs "
                    + "one; replace it instead, or discard the whole draft");
        }
        DraftFileRow before = drafts.find(villageId, name);
        if (before == null || drafts.delete(villageId, name) == 0) {
            throw new NotFoundException("the draft of village " + villageId + " has no file " + name);
        }
        audit.record(villageId, AuditAction.DRAFT_FILE_DELETE, "policy/draft/files/" + name,
                Sha256.hex(before.content()), null, null);
    }

    /** Discards the whole draft: the next touch starts again from the live policy. */
    public void discard(String villageId) {
        village(villageId);
        SortedMap<String, String> files = new TreeMap<>();
        drafts.findAll(villageId).forEach(f -> files.put(f.fileName(), f.content()));
        if (drafts.deleteAll(villageId) > 0) {
            audit.record(villageId, AuditAction.DRAFT_DISCARD, "policy/draft",
                    new PolicySource(villageId, files).contentHash(), null, files.size() + " files");
        }
    }

    /** Rewrites the draft's village.yaml with {@code edit}, when the village has a draft. */
    public void editVillageYaml(String villageId, UnaryOperator<String> edit, String author) {
        DraftFileRow yaml = drafts.find(villageId, PolicySource.VILLAGE_FILE);
        if (yaml != null) {
            String edited = edit.apply(yaml.content());
            if (!edited.equals(yaml.content())) {
                drafts.upsert(new DraftFileRow(villageId, PolicySource.VILLAGE_FILE, edited, author, null));
            }
        }
    }

    /** Checks a file name: 400 unless it is a bundle file name (see {@link DraftFileNames}). */
    public static void checkName(String name) {
        DraftFileNames.check(name);
    }

    /** Starts the village's draft from the live policy when it has none. */
    private void ensure(VillageRow village) {
        String villageId = village.villageId();
        if (drafts.count(villageId) > 0) {
            return;
        }
        PolicyVersionRow base = versions.findActive(villageId, LocalDateTime.now());
        List<DraftFileRow> seed = new ArrayList<>();
        if (base != null) {
            PolicyFiles.fromJson(base.files())
                    .forEach((name, text) -> seed.add(new DraftFileRow(villageId, name, text, null, null)));
        }
        if (seed.stream().noneMatch(f -> f.fileName().equals(PolicySource.VILLAGE_FILE))) {
            seed.add(new DraftFileRow(villageId, PolicySource.VILLAGE_FILE, VillageYamlText.create(villageId,
                    village.name(), village.region(), village.timezone() == null ? "Asia/Shanghai" : village.timezone()),
                    null, null));
        }
        drafts.insertMissing(villageId, seed);
    }
}
