package org.jifen.persistence.draft;

import java.time.LocalDateTime;

/** A file of a village's draft policy ({@code policy_drafts}); {@code updatedAt} is set by the database. */
public record DraftFileRow(
    String villageId,
    String fileName,
    String content,
    String updatedBy,
    LocalDateTime updatedAt) {}
