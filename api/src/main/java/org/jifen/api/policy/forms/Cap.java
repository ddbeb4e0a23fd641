package org.jifen.api.policy.forms;

import java.util.List;

/** A cap as the engine reads it, {@code count/PERIOD}: at most {@code count} per member per period. */
record Cap(int count, String period) {

    /** The engine's periods, in the order the form offers them. */
    static final List<String> PERIODS = List.of("DAY", "WEEK", "MONTH", "QUARTER", "HALF_YEAR", "YEAR");

    @Override
    public String toString() {
        return count + "/" + period;
    }
}
