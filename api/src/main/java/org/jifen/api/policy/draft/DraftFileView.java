package org.jifen.api.policy.draft;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.jifen.api.policy.PolicyTimes;
import org.jifen.persistence.draft.DraftFileInfo;

/** A draft file without its text: name, size in UTF-8 bytes, who changed it last and when (village time). */
public record DraftFileView(String name, long size, String updatedBy, OffsetDateTime updatedAt) {

    static DraftFileView of(DraftFileInfo info, ZoneId zone) {
        return new DraftFileView(info.fileName(), info.size(), info.updatedBy(), PolicyTimes.show(info.updatedAt(), zone));
    }
}
