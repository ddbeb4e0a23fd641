package org.jifen.api.evaluation;

/** The formats of ids and evidence types in requests. */
final class Ids {

    static final String ID = "[\\p{L}\\p{N}_.:@-]{1,64}";
    static final String ID_MESSAGE = "must be 1 to 64 letters, digits or _ . : @ -";
    static final String TYPE = "[A-Za-z][A-Za-z0-9_]{0,63}";
    static final String TYPE_MESSAGE = "must be an evidence type such as GARBAGE_SORTING";

    private Ids() {
    }
}
