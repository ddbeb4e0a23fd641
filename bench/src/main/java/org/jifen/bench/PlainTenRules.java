package org.jifen.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.jifen.engine.history.HistoryEntry;
import org.jifen.engine.history.MemberHistory;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;

/**
 * The floor: the first ten rows of 桠溪村's points list ({@link #TEN}) hand-written in plain Java,
 * with their rule caps and the village's category caps (文明 15/MONTH, 五清 30/MONTH) counted over
 * the same history. No rule engine, no facts, no allocation but the result.
 */
final class PlainTenRules {

    /** Rows 1–10 of rules/yaxi/points-list.csv: VILLAGER_TALK … CLEAR_ROADBLOCK. */
    static final int TEN = 10;

    private enum P { DAY, WEEK, MONTH, YEAR }

    private PlainTenRules() {
    }

    /** Credited points of the evidence (0 when no rule applies or a cap is reached). */
    static int evaluate(Evidence e, Member m, MemberHistory history) {
        boolean approved = e.approved();
        boolean notRejected = !Evidence.REJECTED.equals(e.status());
        LocalDate day = e.occurredAt().toLocalDate();
        List<HistoryEntry> h = history.entries();
        switch (e.type()) {
            case "VILLAGER_TALK":
                return notRejected ? capped(h, day, "参加村民说事", 2, 2, P.MONTH, 0, null, null, 0, null) : 0;
            case "CLEAN_GOV_MEETING":
                return notRejected ? capped(h, day, "参加阳光问廉坝坝会", 3, 1, P.MONTH, 0, null, null, 0, null) : 0;
            case "LECTURE":
                return approved && e.minutes() >= 45
                        ? capped(h, day, "参加政策宣讲", 2, 4, P.MONTH, 0, null, "文明", 15, P.MONTH) : 0;
            case "LECTURE_GIVE":
                return approved && (m.hasRole("PARTY_MEMBER") || m.hasRole("LECTURER"))
                        ? capped(h, day, "担任宣讲员主讲", 5, 2, P.MONTH, 0, null, "文明", 15, P.MONTH) : 0;
            case "CULTURE_SPORTS":
                return approved ? capped(h, day, "参加文体活动", 3, 0, null, 10, P.MONTH, "文明", 15, P.MONTH) : 0;
            case "CLEAR_GARBAGE":
                return approved ? capped(h, day, "五清·清垃圾", 2, 1, P.DAY, 0, null, "五清", 30, P.MONTH) : 0;
            case "CLEAR_CLUTTER":
                return approved ? capped(h, day, "五清·清杂物", 2, 1, P.DAY, 0, null, "五清", 30, P.MONTH) : 0;
            case "CLEAR_DITCH":
                return approved ? capped(h, day, "五清·清沟渠", 3, 2, P.WEEK, 0, null, "五清", 30, P.MONTH) : 0;
            case "CLEAR_COURTYARD":
                return approved ? capped(h, day, "五清·清院落", 2, 1, P.DAY, 0, null, "五清", 30, P.MONTH) : 0;
            case "CLEAR_ROADBLOCK":
                return approved ? capped(h, day, "五清·清路障", 3, 2, P.WEEK, 0, null, "五清", 30, P.MONTH) : 0;
            default:
                return 0;
        }
    }

    /** {@code points} limited by the rule's times and points caps and the category cap, over one pass of the history. */
    private static int capped(List<HistoryEntry> h, LocalDate day, String rule, int points, int maxTimes, P timesPeriod,
            int maxPoints, P pointsPeriod, String category, int categoryMax, P categoryPeriod) {
        int times = 0;
        int rulePoints = 0;
        int categoryPoints = 0;
        for (int i = 0, n = h.size(); i < n; i++) {
            HistoryEntry entry = h.get(i);
            LocalDate d = entry.occurredAt().toLocalDate();
            if (entry.rule().equals(rule)) {
                if (timesPeriod != null && same(timesPeriod, d, day)) {
                    times++;
                }
                if (pointsPeriod != null && entry.points() > 0 && same(pointsPeriod, d, day)) {
                    rulePoints += entry.points();
                }
            }
            if (category != null && entry.points() > 0 && category.equals(entry.category()) && same(categoryPeriod, d, day)) {
                categoryPoints += entry.points();
            }
        }
        if (timesPeriod != null && times >= maxTimes) {
            return 0;
        }
        int credited = points;
        if (pointsPeriod != null) {
            credited = Math.min(credited, Math.max(maxPoints - rulePoints, 0));
        }
        if (category != null) {
            credited = Math.min(credited, Math.max(categoryMax - categoryPoints, 0));
        }
        return credited;
    }

    private static boolean same(P period, LocalDate a, LocalDate b) {
        return switch (period) {
            case DAY -> a.equals(b);
            case WEEK -> a.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .equals(b.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            case MONTH -> a.getYear() == b.getYear() && a.getMonthValue() == b.getMonthValue();
            case YEAR -> a.getYear() == b.getYear();
        };
    }
}
