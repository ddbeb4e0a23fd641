package org.jifen.engine.cases;

import java.util.List;
import java.util.Map;
import org.jifen.engine.history.Period;
import org.jifen.engine.policy.Participant;
import org.jifen.engine.history.HistoryEntry;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;

/**
 * One sample case: its members (the first is the default member of history and evidence), their
 * prior credited entries, evidence in order (each names its member by {@code memberId}), and the
 * awards and balances expected.
 */
record SampleCase(String file, String name, List<Member> members, List<Entry> history, List<Evidence> evidence,
        List<ExpectedAward> expect, List<ExpectedBalance> balances, Map<String, Participants> participants,
        List<ProgrammeRun> programmes) {

    /** An evidence's participants, and the ids among them expected to be reported as not registered. */
    record Participants(List<Participant> participants, List<String> unregistered) {
    }

    /**
     * A programme run after the evidence: {@code period} (QUARTER …) closing {@code periodName}
     * (2026-Q1) over every member ({@code 人}) or household ({@code 户}) of the case, and its
     * expected awards ({@code evidence} holds the member or household id).
     */
    record ProgrammeRun(Period period, String periodName, String scope, List<ExpectedAward> expect) {
    }

    /** The first member. */
    Member member() {
        return members.get(0);
    }

    /** The member with this id, or null. */
    Member member(String id) {
        return members.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
    }

    /** A history entry of one member. */
    record Entry(String memberId, HistoryEntry entry) {
    }

    /**
     * An expected ledger entry; {@code category}, {@code requested} and {@code member} are checked
     * when given, {@code kind} is POINTS, WARNING, HONOUR or SUSPENSION.
     */
    record ExpectedAward(String evidence, String rule, int points, String category, Integer requested, String member,
            String kind) {

        boolean matches(String evidenceId, String ruleName, int credited, String kindName) {
            return evidence.equals(evidenceId) && rule.equals(ruleName) && points == credited && kind.equals(kindName);
        }

        @Override
        public String toString() {
            return "｛证据 " + evidence + "，规则 " + rule + "，" + points + " 分"
                    + (category == null ? "" : "，类别 " + category)
                    + (requested == null ? "" : "，申请 " + requested + " 分")
                    + (member == null ? "" : "，成员 " + member)
                    + kindWords(kind) + "｝";
        }
    }

    /**
     * The net expected at the end of the case, base score included, of a member or of a household
     * (one of {@code member}, {@code household}) in the base period of the case's last evidence;
     * {@code warnings}, when given, counts that period's warnings.
     */
    record ExpectedBalance(String member, String household, int net, Integer warnings) {

        @Override
        public String toString() {
            return "｛" + (member != null ? "成员 " + member : "户 " + household) + "，净分 " + net
                    + (warnings == null ? "" : "，警告 " + warnings + " 次") + "｝";
        }
    }

    /** An award's kind as written after it: nothing for points, "，警告", "，荣誉" or "，暂停兑换". */
    static String kindWords(String kind) {
        return switch (kind) {
            case "WARNING" -> "，警告";
            case "HONOUR" -> "，荣誉";
            case "SUSPENSION" -> "，暂停兑换";
            default -> "";
        };
    }
}
