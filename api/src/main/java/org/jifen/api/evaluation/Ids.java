package org.jifen.api.evaluation;

/** The formats of ids and evidence types in requests. */
final class Ids {

    static final String ID = "[\\p{L}\\p{N}_.:@-]{1,64}";
    static final String ID_MESSAGE = "must be 1 to 64 letters, digits or _ . : @ -";
    static final String TYPE = "[A-Za-z][A-Za-z0-9_]{0,63}";
    static final String TYPE_MESSAGE = "must be an evidence type such as GARBAGE_SORTING";
    static final String ATTR = "[\\p{L}\\p{N}_.:-]{1,64}";
    static final String ATTR_MESSAGE = "an attribute name is 1 to 64 letters, digits or _ . : -";
    /** The shape of an ISO-8601 date-time with a four-digit year; the value itself is checked when read. */
    static final String TIME = "\\d{4}-\\d{2}-\\d{2}T[0-9:.,]+(Z|[+-][0-9:]+)?";
    static final String TIME_MESSAGE = "must be an ISO-8601 date-time such as 2026-11-18T08:30 (village time) "
            + "or 2026-11-18T08:30+08:00";

    private Ids() {
    }
}
