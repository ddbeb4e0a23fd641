package org.jifen.api.report;

import java.time.LocalDate;
import java.util.List;
import org.jifen.engine.history.PeriodName;

/**
 * A public notice (公示): its title (「光华村 2026年11月 积分公示」), the issuing committee, the issue
 * date, the period that was scored (积分期间), the publicity period (公示期, from the issue date), the lines
 * and the honours (荣誉榜) of programme runs dated in the period.
 */
record Notice(String title, String issuer, LocalDate issued, Period scored, LocalDate publicUntil,
        List<NoticeLine> lines, List<NoticeHonour> honours) {

    /** A notice without honours. */
    Notice(String title, String issuer, LocalDate issued, Period scored, LocalDate publicUntil, List<NoticeLine> lines) {
        this(title, issuer, issued, scored, publicUntil, lines, List.of());
    }


    /** The title: the village and the whole month, quarter, half-year or year (2026年第1季度), else the days. */
    static String title(String village, Period scored) {
        String whole = null;
        for (org.jifen.engine.history.Period kind : WHOLE) {
            PeriodName named = PeriodName.of(kind, scored.from());
            if (whole == null && named.start().equals(scored.from()) && named.last().equals(scored.to())) {
                whole = named.chinese();
            }
        }
        return village + " " + (whole != null ? whole : day(scored.from()) + "至" + day(scored.to())) + " 积分公示";
    }

    private static final List<org.jifen.engine.history.Period> WHOLE = List.of(org.jifen.engine.history.Period.MONTH,
            org.jifen.engine.history.Period.QUARTER, org.jifen.engine.history.Period.HALF_YEAR,
            org.jifen.engine.history.Period.YEAR);

    /** 「光华村民委员会」 for 光华村, 「光华村村民委员会」 for 光华: the default issuer. */
    static String defaultIssuer(String village) {
        return village.endsWith("村") ? village + "民委员会" : village + "村民委员会";
    }

    /** 2026年11月1日. */
    static String day(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    String scoredText() {
        return "积分期间：" + day(scored.from()) + "至" + day(scored.to());
    }

    String publicityText() {
        return "公示期：" + day(issued) + "至" + day(publicUntil);
    }

    /** 公示期内如有异议，请向光华村民委员会反映。 */
    String footer() {
        return "公示期内如有异议，请向" + issuer + "反映。";
    }

    String issuedText() {
        return issuer + "　" + day(issued);
    }
}
