package org.jifen.persistence.policy;

/** Identity of a policy version without its files. */
public record PolicyVersionHeader(String villageId, int version, String contentHash) {}
