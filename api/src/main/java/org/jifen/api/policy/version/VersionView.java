package org.jifen.api.policy.version;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.SortedMap;

/**
 * A published policy version. {@code status}: {@code ACTIVE} (the version in effect now),
 * {@code SCHEDULED} (takes effect at {@code effectiveFrom}) or {@code SUPERSEDED} (an older
 * version, or a scheduled one that a newer version overtook). {@code files} names its files;
 * {@code contents} (one version only) holds their text. {@code unchanged} marks a publish or
 * restore that stored nothing because the content was already live; {@code restoredFrom} the
 * version a restore copied. {@code fault} is present when the service marked the version faulty
 * (its evaluations kept tripping runtime guards; see {@link org.jifen.api.policy.PolicyFaults}).
 * {@code folder} (the version in effect only) is present when the village also lives on disk in
 * {@code rules/<village>/}: which version came from it, which later version superseded it, and what
 * that means, in plain Chinese.
 */
public record VersionView(String villageId, int version, String contentHash, String author, String comment,
        OffsetDateTime createdAt, OffsetDateTime effectiveFrom, Status status, List<String> files,
        SortedMap<String, String> contents, Integer restoredFrom, Boolean unchanged,
        List<ScheduledView> scheduled, FaultView fault, FolderView folder) {

    /** Where a version stands relative to the one in effect. */
    public enum Status { ACTIVE, SCHEDULED, SUPERSEDED }

    /**
     * A faulty version: {@code status} FAULTY, since when, how many evaluations had failed then, and
     * why and what follows, in plain Chinese.
     */
    public record FaultView(String status, OffsetDateTime since, int failures, String reason) {
    }

    /**
     * The village's folder on disk: the version last imported from it, the version published through
     * the API or the console that superseded it (null: none), and a note for the official.
     */
    public record FolderView(String path, int importedVersion, Integer supersededBy, String note) {
    }

    /** A version waiting for its time. */
    public record ScheduledView(int version, OffsetDateTime effectiveFrom) {
    }

    VersionView withPublish(Integer restoredFrom, boolean unchanged) {
        return new VersionView(villageId, version, contentHash, author, comment, createdAt, effectiveFrom, status, files,
                contents, restoredFrom, unchanged ? Boolean.TRUE : null, scheduled, fault, folder);
    }

    VersionView withScheduled(List<ScheduledView> pending) {
        return new VersionView(villageId, version, contentHash, author, comment, createdAt, effectiveFrom, status, files,
                contents, restoredFrom, unchanged, pending.isEmpty() ? null : pending, fault, folder);
    }

    VersionView withFault(FaultView marked) {
        return new VersionView(villageId, version, contentHash, author, comment, createdAt, effectiveFrom, status, files,
                contents, restoredFrom, unchanged, scheduled, marked, folder);
    }

    VersionView withFolder(FolderView onDisk) {
        return new VersionView(villageId, version, contentHash, author, comment, createdAt, effectiveFrom, status, files,
                contents, restoredFrom, unchanged, scheduled, fault, onDisk);
    }
}
