package org.jifen.api.policy;

import java.time.LocalDateTime;
import org.jifen.engine.policy.PolicySource;

/**
 * One request to publish a village's policy through {@link PolicyPublisher#publish}: the bundle, who
 * and why, when it takes effect (server time; null: at once), which route asked, and for a folder
 * read from {@code rules/<village>/} the content hash of that folder as read (before a template is
 * attached), so the import can be recorded.
 */
public record PublishCommand(PolicySource source, String author, String comment, LocalDateTime effectiveFrom,
        Origin origin, String folderHash) {

    /** The route a publish came by. */
    public enum Origin {
        /** {@code rules/<village>/} read at start or saved on disk while running. */
        FOLDER,
        /** A draft published through the API or the console. */
        DRAFT,
        /** An old version restored as a new one. */
        RESTORE,
        /** A village republished on a new version of the template it extends. */
        TEMPLATE,
        /** A village's name, region or time zone changed through the API. */
        VILLAGE,
        /** A county template's own version (stored under {@link TemplateStore#storedId}); no village changes. */
        TEMPLATE_VERSION
    }

    /** A publish through the API that takes effect at once (tests and tools). */
    public static PublishCommand of(PolicySource source, String author, String comment) {
        return new PublishCommand(source, author, comment, null, Origin.DRAFT, null);
    }

    /** The folder {@code source} read from disk, to take effect at once. */
    public static PublishCommand folder(PolicySource source, String author, String comment) {
        return new PublishCommand(source, author, comment, null, Origin.FOLDER, source.contentHash());
    }

    public PublishCommand {
        if (source == null || origin == null) {
            throw new IllegalArgumentException("a publish needs a source and an origin");
        }
    }
}
