package org.jifen.engine.policy;

import java.util.List;
import java.util.Map;
import org.jifen.engine.history.Period;

/**
 * A village's base score (基础分) and eligibility gate (参评资格), from village.yaml settings:
 * {@code base.points} (default 0), {@code base.scope} {@code 人} or {@code 户} (default 人),
 * {@code base.period} (default YEAR) and {@code gate.atOrBelow} (no gate when absent). While the
 * net of the scope in the base period, base included, is at or below the gate, positive awards
 * are credited 0.
 */
public record BaseScore(int points, boolean household, Period period, Integer gateAtOrBelow) {

    /** The note of an award the gate holds back. */
    public static final String GATED = "未达参评资格";

    /**
     * The largest base or gate, either sign: far above any real village's, and far from the ends of
     * {@code int}, so that base plus a period's earned points does not wrap around (2147483647 did).
     */
    static final int MAX_POINTS = 1_000_000;

    static final BaseScore NONE = new BaseScore(0, false, Period.YEAR, null);

    /** Reads the settings; each problem is a plain message naming the setting. */
    static BaseScore of(Map<String, String> settings, List<String> problems) {
        int points = integer(settings, "base.points", 0, problems);
        String scope = settings.getOrDefault("base.scope", "人").strip();
        if (!scope.equals("人") && !scope.equals("户")) {
            problems.add("base.scope 要写 人 或 户，这里写的是“" + scope + "”");
        }
        Period period = Period.YEAR;
        String periodText = settings.getOrDefault("base.period", "YEAR").strip();
        try {
            period = Period.valueOf(periodText);
        } catch (IllegalArgumentException e) {
            problems.add("base.period 要写 MONTH、QUARTER、HALF_YEAR 或 YEAR 等周期，这里写的是“" + periodText + "”");
        }
        Integer gate = settings.containsKey("gate.atOrBelow") ? integer(settings, "gate.atOrBelow", 0, problems) : null;
        return new BaseScore(points, scope.equals("户"), period, gate);
    }

    /** Whether base or gate change anything. */
    boolean active() {
        return points != 0 || gateAtOrBelow != null;
    }

    private static int integer(Map<String, String> settings, String key, int fallback, List<String> problems) {
        String text = settings.get(key);
        if (text == null) {
            return fallback;
        }
        String digits = text.strip();
        if (!digits.matches("[+-]?[0-9]{1,7}") || Math.abs(Integer.parseInt(digits)) > MAX_POINTS) {
            problems.add(key + " 要写 -" + MAX_POINTS + " 到 " + MAX_POINTS + " 之间的整数，这里写的是“" + text + "”");
            return fallback;
        }
        return Integer.parseInt(digits);
    }
}
