package org.jifen.engine.policy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.engine.history.Period;

/**
 * A cap such as {@code 3/WEEK}: at most {@code max} per member per period; {@code 4/MONTH/户} bounds
 * the member's whole household ({@code household}) instead.
 */
public record Limit(int max, Period period, boolean household) {

    /** The scope word of a household cap. */
    public static final String HOUSEHOLD = "户";

    private static final Pattern FORM = Pattern.compile(
            "\\s*(\\d{1,9})\\s*/\\s*(DAY|WEEK|MONTH|QUARTER|HALF_YEAR|YEAR)\\s*(?:/\\s*(户|人|HOUSEHOLD|MEMBER)\\s*)?");

    /** A per-member cap. */
    public Limit(int max, Period period) {
        this(max, period, false);
    }

    /** Parses {@code N/PERIOD} or {@code N/PERIOD/户}; throws IllegalArgumentException with a plain message otherwise. */
    public static Limit parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("上限“" + text + "”写法不对：要写成 次数/周期（N/PERIOD），"
                    + "周期是 DAY（天）、WEEK（周）、MONTH（月）、QUARTER（季度）、HALF_YEAR（半年）、YEAR（年）之一，例如 3/WEEK；"
                    + "整户合计的上限在后面加 /户，例如 4/MONTH/户");
        }
        boolean household = m.group(3) != null && (m.group(3).equals(HOUSEHOLD) || m.group(3).equals("HOUSEHOLD"));
        return new Limit(Integer.parseInt(m.group(1)), Period.valueOf(m.group(2)), household);
    }

    @Override
    public String toString() {
        return max + "/" + period + (household ? "/" + HOUSEHOLD : "");
    }
}
