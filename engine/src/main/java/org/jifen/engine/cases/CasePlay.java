package org.jifen.engine.cases;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jifen.engine.history.ForPeriod;
import org.jifen.engine.history.HistoryEntry;
import org.jifen.engine.history.MemberHistory;
import org.jifen.engine.history.Period;
import org.jifen.engine.policy.BaseScore;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.Evaluation;
import org.jifen.engine.policy.Participant;
import org.jifen.engine.policy.ParticipantEvaluations;
import org.jifen.engine.policy.ProgrammeAward;
import org.jifen.engine.policy.Standings;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;

/** The histories of one case's members and households, played as the service keeps them. */
final class CasePlay {

    private final CompiledPolicy policy;
    private final SampleCase sampleCase;
    private final Map<String, MemberHistory> members = new HashMap<>();
    private final Map<String, MemberHistory> households = new HashMap<>();

    CasePlay(CompiledPolicy policy, SampleCase sampleCase) {
        this.policy = policy;
        this.sampleCase = sampleCase;
        for (SampleCase.Entry entry : sampleCase.history()) {
            Member member = sampleCase.member(entry.memberId());
            HistoryEntry e = entry.entry();
            for (MemberHistory history : new MemberHistory[] {member(member.id()), household(member.householdId())}) {
                history.addEntry(e);
                history.addApprovedDay(e.evidenceType(), e.occurredAt().toLocalDate());
            }
        }
    }

    /** The member the evidence names; null when the case has no such member. */
    Member memberOf(Evidence evidence) {
        return sampleCase.member(evidence.memberId());
    }

    /** Evaluates the evidence for its member and records the result into both histories. */
    Evaluation play(Evidence evidence) {
        Member member = memberOf(evidence);
        MemberHistory own = member(member.id());
        MemberHistory household = household(member.householdId());
        Evaluation evaluation = policy.evaluate(evidence, member, own, household);
        evaluation.recordInto(own, evidence);
        evaluation.recordInto(household, evidence);
        return evaluation;
    }

    /** Evaluates evidence with participants: each case member among them, the others reported. */
    ParticipantEvaluations play(Evidence evidence, List<Participant> participants) {
        return policy.evaluateParticipants(evidence, participants, id -> {
            Member member = sampleCase.member(id);
            return member == null ? null
                    : new ParticipantEvaluations.Registered(member, member(id), household(member.householdId()));
        });
    }

    /** Runs a programme over the case's members or households, ranked by their totals in the period. */
    List<ProgrammeAward> run(SampleCase.ProgrammeRun run) {
        LocalDate day = ForPeriod.parse(run.periodName());
        Map<String, Integer> totals = new TreeMap<>();
        for (Member member : sampleCase.members()) {
            String id = run.scope().equals("户") ? member.householdId() : member.id();
            MemberHistory history = run.scope().equals("户") ? household(id) : member(id);
            int total = 0;
            for (HistoryEntry entry : history.entries()) {
                total += run.period().sameAs(day, entry.occurredAt().toLocalDate()) ? entry.points() : 0;
            }
            totals.put(id, total);
        }
        return policy.runProgramme(run.period(), Standings.rank(run.scope(), run.period(), run.periodName(), totals));
    }

    /** Net, base included, and warnings of a member's or household's history in the base period containing {@code day}. */
    int[] balance(String memberId, String householdId, LocalDate day) {
        MemberHistory history = memberId != null ? member(memberId) : household(householdId);
        BaseScore base = policy.baseScore();
        Period period = base.period();
        int net = base.points();
        int warnings = 0;
        for (HistoryEntry entry : history.entries()) {
            if (period.sameAs(day, entry.occurredAt().toLocalDate())) {
                net += entry.points();
                warnings += entry.points() == 0 ? 1 : 0;
            }
        }
        return new int[] {net, warnings};
    }

    private MemberHistory member(String id) {
        return members.computeIfAbsent(id, k -> new MemberHistory());
    }

    private MemberHistory household(String id) {
        return households.computeIfAbsent(id == null ? "" : id, k -> new MemberHistory());
    }
}
