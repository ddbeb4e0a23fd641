package org.jifen.api.member;

import java.util.List;
import org.jifen.api.member.Roster.RowError;

/** A roster with errors: nothing of it was written. */
class RosterRejectedException extends RuntimeException {

    private final transient List<RowError> errors;

    RosterRejectedException(List<RowError> errors) {
        super("名册有 " + errors.size() + " 处错误，没有导入任何人。" + where(errors.get(0)) + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    List<RowError> errors() {
        return errors;
    }

    static String where(RowError e) {
        return "第 " + e.row() + " 行" + (e.column() == null ? "" : " · " + e.column()) + "：";
    }
}
