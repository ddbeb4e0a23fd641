package org.jifen.persistence.draft;

import java.time.LocalDateTime;

/** A draft file without its content: name, size in UTF-8 bytes, who changed it last and when. */
public record DraftFileInfo(
    String fileName,
    long size,
    String updatedBy,
    LocalDateTime updatedAt) {}
