package org.jifen.api.ledger;

/** The formats of ids and request keys in review, reversal and adjustment requests; fitting text to columns. */
public final class LedgerIds {

    /** A member, staff, evidence or operator id, as elsewhere in the API. */
    public static final String ID = "[\\p{L}\\p{N}_.:@-]{1,64}";
    public static final String ID_MESSAGE = "must be 1 to 64 letters, digits or _ . : @ -";
    /** An idempotency key chosen by the caller. */
    public static final String KEY = "[\\p{L}\\p{N}_.:@/-]{1,100}";
    public static final String KEY_MESSAGE = "must be 1 to 100 letters, digits or _ . : @ / -";

    /** {@code text} cut to at most {@code max} code points (for a column of that size); null stays null. */
    public static String cut(String text, int max) {
        if (text == null || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }

    private LedgerIds() {
    }
}
