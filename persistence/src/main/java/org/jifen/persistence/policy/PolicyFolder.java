package org.jifen.persistence.policy;

/**
 * The folder {@code rules/<village>/} as last imported: its content hash, the version it became, and
 * the later version published through the API that superseded it (null while the folder's is the latest).
 */
public record PolicyFolder(String villageId, String contentHash, int version, Integer supersededBy) {
}
