package org.jifen.api.policy.version;

import org.jifen.api.village.KnownVillages;
import org.jifen.api.policy.PolicyTimes;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.jifen.api.policy.PolicyFaults;
import org.jifen.api.policy.PolicyFiles;
import org.jifen.api.policy.PolicyPublisher;
import org.jifen.api.policy.PublishCommand;
import org.jifen.api.policy.PolicyRuns;
import org.jifen.api.web.NotFoundException;
import org.jifen.engine.policy.PolicySource;
import org.jifen.persistence.policy.PolicyFolder;
import org.jifen.persistence.policy.PolicyFolderMapper;
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

    private final PolicyVersionMapper versions;
    private final VillageMapper villages;
    private final PolicyPublisher publisher;
    private final PolicyFaults faults;
    private final PolicyRuns runs;
    private final PolicyFolderMapper folders;

    VersionService(PolicyVersionMapper versions, VillageMapper villages, PolicyPublisher publisher,
            PolicyFaults faults, PolicyRuns runs, PolicyFolderMapper folders) {
        this.folders = folders;
        this.faults = faults;
        this.runs = runs;
        this.versions = versions;
        this.villages = villages;
        this.publisher = publisher;
    }

    /** The village, or a 404. */
    public VillageRow village(String villageId) {
        VillageRow row = KnownVillages.require(villages, villageId);
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
        return view(active, active.version(), zone, false).withScheduled(scheduled).withFolder(folder(villageId));
    }

    /** The village's folder on disk as last imported, or null when it never came from one. */
    private VersionView.FolderView folder(String villageId) {
        PolicyFolder folder = folders.find(villageId);
        if (folder == null) {
            return null;
        }
        String path = "rules/" + villageId + "/";
        String note = folder.supersededBy() == null
                ? "本村政策来自服务器上的 " + path + " 文件夹（第" + folder.version() + "版）。修改该文件夹后会作为新版本导入。"
                : "服务器上的 " + path + " 文件夹是第" + folder.version() + "版，已被通过控制台或接口发布的第"
                        + folder.supersededBy() + "版取代。服务重启时不会再导入这个文件夹，只有文件夹内容被修改后才会导入为新版本。";
        return new VersionView.FolderView(path, folder.version(), folder.supersededBy(), note);
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
                    status(info.version(), activeVersion), null, null, null, null, null, fault(villageId, info.version(), zone), null));
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
        return PolicyFiles.fromJson(row(villageId, version).files());
    }

    public PolicyDiff diff(String villageId, int from, int to) {
        village(villageId);
        return PolicyDiff.between(villageId, from, PolicyFiles.fromJson(row(villageId, from).files()), to, PolicyFiles.fromJson(row(villageId, to).files()));
    }

    /**
     * Publishes through the gate ({@link PolicyPublisher#publish}: compiles, every case passes, stores,
     * audits); 429 while another run of the village goes ({@link PolicyRuns}). Returns the new version,
     * or the live one marked {@code unchanged} when its content is the same.
     */
    public VersionView publish(PublishCommand command, Integer restoredFrom) {
        PolicyPublisher.Publication publication;
        try (PolicyRuns.Slot slot = runs.start(command.source().villageId(), "发布")) {
            publication = publisher.publish(command);
        }
        return version(command.source().villageId(), publication.version(), false)
                .withPublish(restoredFrom, !publication.created());
    }

    /**
     * Restores version {@code version}: its files become a new version through the same gate (which
     * audits it as a restore). The drafts follow the publish (see {@code DraftService}).
     */
    public VersionView restore(String villageId, int version, String author, String comment) {
        village(villageId);
        PolicyVersionRow old = row(villageId, version);
        String note = "恢复第 " + version + " 版" + (comment == null || comment.isBlank() ? "" : "：" + comment);
        return publish(new PublishCommand(new PolicySource(villageId, PolicyFiles.fromJson(old.files())), author,
                note.length() > 500 ? note.substring(0, 500) : note, null, PublishCommand.Origin.RESTORE, null), version);
    }

    private PolicyVersionRow row(String villageId, int version) {
        PolicyVersionRow row = versions.find(villageId, version);
        if (row == null) {
            throw new NotFoundException("village " + villageId + " has no policy version " + version);
        }
        return row;
    }

    private VersionView view(PolicyVersionRow row, int activeVersion, ZoneId zone, boolean contents) {
        SortedMap<String, String> files = PolicyFiles.fromJson(row.files());
        return new VersionView(row.villageId(), row.version(), row.contentHash(), row.author(), row.comment(),
                PolicyTimes.show(row.createdAt(), zone), PolicyTimes.show(row.effectiveFrom(), zone),
                status(row.version(), activeVersion), List.copyOf(files.keySet()), contents ? files : null, null, null,
                null, fault(row.villageId(), row.version(), zone), null);
    }

    private VersionView.FaultView fault(String villageId, int version, ZoneId zone) {
        return faults.of(villageId, version).map(f -> new VersionView.FaultView("FAULTY", PolicyTimes.show(f.since(), zone),
                f.trips(), f.reason())).orElse(null);
    }

    private static VersionView.Status status(int version, int activeVersion) {
        return version == activeVersion ? VersionView.Status.ACTIVE
                : version > activeVersion ? VersionView.Status.SCHEDULED : VersionView.Status.SUPERSEDED;
    }
}
