package org.jifen.api.policy;

import java.time.LocalDateTime;
import org.jifen.engine.policy.CompiledPolicy;

/**
 * What {@link PolicyPublisher#publish} did, as a Spring event for the cache, the drafts and the
 * folder records: the version, its content hash and that of the version live before, whether it was
 * stored now ({@code created}; false when the content was already live) and the compiled policy
 * when it takes effect at once (null for a version that waits for {@code effectiveFrom}).
 */
public record PolicyPublished(PublishCommand command, int version, String contentHash, String previousHash,
        boolean created, LocalDateTime effectiveFrom, CompiledPolicy policy) {

    public String villageId() {
        return command.source().villageId();
    }

    /** Whether this is a template's own version: {@link #villageId} is then the template's id. */
    public boolean template() {
        return command.origin() == PublishCommand.Origin.TEMPLATE_VERSION;
    }
}
