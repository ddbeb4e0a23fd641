package org.jifen.api.policy.draft;

import java.util.List;

/**
 * A village's draft: its files, and the version in effect that a new draft starts from (null: the
 * village has no policy in effect yet).
 */
public record DraftListing(String villageId, Integer activeVersion, List<DraftFileView> files) {
}
