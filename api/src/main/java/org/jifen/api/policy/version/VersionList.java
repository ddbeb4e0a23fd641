package org.jifen.api.policy.version;

import java.util.List;

/** Every version of a village, newest first, and the number of the one in effect (null: none yet). */
public record VersionList(String villageId, Integer activeVersion, List<VersionView> versions) {
}
