package org.jifen.api.freeze;

import java.time.LocalDate;
import org.jifen.persistence.freeze.FreezeRow;

/** A freeze as the api shows it: scope MEMBER or HOUSEHOLD, the subject's id, through {@code until}. */
record FreezeView(String scope, String id, LocalDate until, String reason, String operator) {

    static FreezeView of(FreezeRow row) {
        return new FreezeView(row.scope(), row.subjectId(), row.untilDay(), row.reason(), row.operator());
    }
}
