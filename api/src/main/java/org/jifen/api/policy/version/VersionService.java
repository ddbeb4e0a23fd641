package org.jifen.api.policy.version;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jifen.api.audit.AuditAction;
import org.jifen.api.audit.AuditLog;
import org.jifen.api.policy.PolicyFaults;
import org.jifen.api.policy.PolicyPublisher;
import org.jifen.api.policy.PolicyRuns;
import org.jifen.api.policy.draft.DraftService;
import org.jifen.api.web.NotFoundException;
import org.jifen.engine.policy.PolicySource;
import org.jifen.persistence.policy.PolicyVersionInfo;
import org.jifen.persistence.policy.PolicyVersionMapper;
import org.jifen.persistence.policy.PolicyVersionRow;
import org.jifen.persistence.village.VillageMapper;
import org.jifen.persistence.village.VillageRow;
import org.springframework.stereotype.Service;

/**
 * The published versions of each village: the one in effect, the history, one version with its
 * files, the diff between two, publishing through the gate, and restoring an old version as a new one.
 */
@Service
public class VersionService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PolicyVersionMapper versions;
    private final VillageMapper villages;
    private final PolicyPublisher publisher;
    private final DraftService drafts;
    private final AuditLog audit;
    private final PolicyFaults faults;
    private final PolicyRuns runs;

    VersionService(PolicyVersionMapper versions, VillageMapper villages, PolicyPublisher publisher, DraftService drafts,
            AuditLog audit, PolicyFaults faults, PolicyRuns runs) {
        this.faults = faults;
        this.runs = runs;
        this.audit = audit;
        this.versions = versions;
        this.villages = villages;
        this.publisher = publisher;
        this.drafts = drafts;
    }

    /** The village, or a 404. */
    public VillageRow village(String villageId) {
        VillageRow row = villages.findById(villageId);
        if (row == null) {
            throw new NotFoundException("village " + villageId + " does not exist");
        }
        return row;
    }

    /** The version in effect now, with its file names and any versions scheduled after it. */
    public VersionView active(String villageId) {
        VillageRow village = village(villageId);
        ZoneId zone = PolicyTimes.zone(village.timezone());
        LocalDateTime now = LocalDateTime.now();
        PolicyVersionRow active = versions.findActive(villageId, now);
        List<VersionView.ScheduledView> scheduled = versions.list(villageId).stream()
                .filter(v -> active == null || v.version() > active.version())
                .map(v -> new VersionView.ScheduledView(v.version(), PolicyTimes.show(v.effectiveFrom(), zone)))
                .sorted(java.util.Comparator.comparingInt(VersionView.ScheduledView::version))
                .toList();
        if (active == null) {
            throw new NotFoundException("village " + villageId + " has no policy in effect yet"
                    + (scheduled.isEmpty() ? "; publish its draft" : "; version " + scheduled.get(0).version()
                    + " takes effect at " + scheduled.get(0).effectiveFrom()));
        }
        return view(active, active.version(), zone, false).withScheduled(scheduled);
    }

    /** Every version, newest first. */
    public VersionList list(String villageId) {
        VillageRow village = village(villageId);
        ZoneId zone = PolicyTimes.zone(village.timezone());
        PolicyVersionRow active = versions.findActive(villageId, LocalDateTime.now());
        int activeVersion = active == null ? 0 : active.version();
        List<VersionView> views = new ArrayList<>();
        for (PolicyVersionInfo info : versions.list(villageId)) {
            views.add(new VersionView(villageId, info.version(), info.contentHash(), info.author(), info.comment(),
                    PolicyTimes.show(info.createdAt(), zone), PolicyTimes.show(info.effectiveFrom(), zone),
                    status(info.version(), activeVersion), null, null, null, null, null, fault(villageId, info.version(), zone)));
        }
        return new VersionList(villageId, active == null ? null : activeVersion, views);
    }

    /** One version; with {@code contents} the text of every file. */
    public VersionView version(String villageId, int version, boolean contents) {
        VillageRow village = village(villageId);
        PolicyVersionRow row = row(villageId, version);
        PolicyVersionRow active = versions.findActive(villageId, LocalDateTime.now());
        return view(row, active == null ? 0 : active.version(), PolicyTimes.zone(village.timezone()), contents);
    }

    /** The files of one version, by name. */
    public SortedMap<String, String> files(String villageId, int version) {
        return filesOf(row(villageId, version));
    }

    public PolicyDiff diff(String villageId, int from, int to) {
        village(villageId);
        return PolicyDiff.between(villageId, from, filesOf(row(villageId, from)), to, filesOf(row(villageId, to)));
    }

    /**
     * Publishes {@code source} through the gate (compiles, every case passes) as a version taking
     * effect at {@code effectiveFrom} (server time; null: now); 429 while another run of the village goes ({@link PolicyRuns}). Returns the new version, or the live
     * one marked {@code unchanged} when its content is the same.
     */
    public VersionView publish(PolicySource source, String author, String comment, LocalDateTime effectiveFrom,
            Integer restoredFrom) {
        PolicyPublisher.Publication publication;
        try (PolicyRuns.Slot slot = runs.start(source.villageId(), "发布")) {
            publication = publisher.publishVersion(source, author, comment, effectiveFrom);
        }
        return version(source.villageId(), publication.version(), false)
                .withPublish(restoredFrom, !publication.created());
    }

    /**
     * Restores version {@code version}: its files become a new version through the same gate. A
     * draft without edits of its own (the same content as the version live before) is discarded, so
     * the next edit starts from the restored policy; a draft with edits is kept.
     */
    public VersionView restore(String villageId, int version, String author, String comment) {
        village(villageId);
        PolicyVersionRow old = row(villageId, version);
        PolicyVersionRow before = versions.findActive(villageId, LocalDateTime.now());
        String note = "恢复第 " + version + " 版" + (comment == null || comment.isBlank() ? "" : "：" + comment);
        VersionView restored = publish(new PolicySource(villageId, filesOf(old)), author,
                note.length() > 500 ? note.substring(0, 500) : note, null, version);
        if (before != null && restored.unchanged() == null) {
            drafts.discardIf(villageId, before.contentHash());
        }
        if (restored.unchanged() == null) {
            audit.record(villageId, AuditAction.POLICY_RESTORE, "policy/versions/" + restored.version(),
                    before == null ? null : before.contentHash(), restored.contentHash(),
                    "version " + version + " restored as version " + restored.version() + " by " + author
                            + (comment == null || comment.isBlank() ? "" : ": " + comment));
        }
        return restored;
    }

    private PolicyVersionRow row(String villageId, int version) {
        PolicyVersionRow row = versions.find(villageId, version);
        if (row == null) {
            throw new NotFoundException("village " + villageId + " has no policy version " + version);
        }
        return row;
    }

    private VersionView view(PolicyVersionRow row, int activeVersion, ZoneId zone, boolean contents) {
        SortedMap<String, String> files = filesOf(row);
        return new VersionView(row.villageId(), row.version(), row.contentHash(), row.author(), row.comment(),
                PolicyTimes.show(row.createdAt(), zone), PolicyTimes.show(row.effectiveFrom(), zone),
                status(row.version(), activeVersion), List.copyOf(files.keySet()), contents ? files : null, null, null,
                null, fault(row.villageId(), row.version(), zone));
    }

    private VersionView.FaultView fault(String villageId, int version, ZoneId zone) {
        return faults.of(villageId, version).map(f -> new VersionView.FaultView("FAULTY", PolicyTimes.show(f.since(), zone),
                f.trips(), f.reason())).orElse(null);
    }

    private static VersionView.Status status(int version, int activeVersion) {
        return version == activeVersion ? VersionView.Status.ACTIVE
                : version > activeVersion ? VersionView.Status.SCHEDULED : VersionView.Status.SUPERSEDED;
    }

    /** The files of a stored version, by name. */
    public static SortedMap<String, String> filesOf(PolicyVersionRow row) {
        try {
            return JSON.readValue(row.files(), new TypeReference<TreeMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored files of " + row.villageId() + " version " + row.version()
                    + " are not valid JSON", e);
        }
    }
}
