package org.jifen.engine.cases;

import java.util.ArrayList;
import java.util.List;
import org.jifen.engine.history.HistoryEntry;
import org.jifen.engine.history.MemberHistory;
import org.jifen.engine.policy.AwardOutcome;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.Evaluation;
import org.jifen.engine.policy.EvaluationException;
import org.jifen.facts.Evidence;

/** Plays a sample case through a compiled policy exactly as the service would, and compares. */
final class CaseRunner {

    private CaseRunner() {
    }

    static CaseResult run(CompiledPolicy policy, SampleCase sampleCase) {
        MemberHistory history = new MemberHistory();
        for (HistoryEntry entry : sampleCase.history()) {
            history.addEntry(entry);
            history.addApprovedDay(entry.evidenceType(), entry.occurredAt().toLocalDate());
        }
        List<Actual> actual = new ArrayList<>();
        List<String> differences = new ArrayList<>();
        for (Evidence evidence : sampleCase.evidence()) {
            try {
                Evaluation evaluation = policy.evaluate(evidence, sampleCase.member(), history);
                evaluation.recordInto(history, evidence);
                evaluation.credited().forEach(award -> actual.add(new Actual(evidence.id(), award)));
                evaluation.problems().forEach(p -> differences.add("evidence " + evidence.id() + ": " + p));
            } catch (EvaluationException e) {
                differences.add("evidence " + evidence.id() + " failed: " + e.getMessage());
            }
        }
        compare(sampleCase.expect(), actual, differences);
        List<CaseResult.Award> expected = sampleCase.expect().stream()
                .map(w -> new CaseResult.Award(w.evidence(), w.rule(), w.points(), w.category(), w.requested())).toList();
        List<CaseResult.Award> credited = actual.stream().map(a -> new CaseResult.Award(a.evidenceId(), a.award().rule(),
                a.award().points(), a.award().category(),
                a.award().requested() == a.award().points() ? null : a.award().requested())).toList();
        return new CaseResult(sampleCase.file(), sampleCase.name(), differences.isEmpty(), differences, expected, credited);
    }

    private static void compare(List<SampleCase.ExpectedAward> expected, List<Actual> actual, List<String> differences) {
        List<Actual> unmatched = new ArrayList<>(actual);
        for (SampleCase.ExpectedAward want : expected) {
            Actual got = unmatched.stream()
                    .filter(a -> want.matches(a.evidenceId(), a.award().rule(), a.award().points()))
                    .findFirst().orElse(null);
            if (got == null) {
                differences.add("expected but not awarded: " + want);
                continue;
            }
            unmatched.remove(got);
            if (want.category() != null && !want.category().equals(got.award().category())) {
                differences.add("category of " + want + ": expected " + want.category() + ", got " + got.award().category());
            }
            if (want.requested() != null && want.requested() != got.award().requested()) {
                differences.add("requested of " + want + ": expected " + want.requested() + ", got " + got.award().requested());
            }
        }
        unmatched.forEach(a -> differences.add("awarded but not expected: " + a));
    }

    private record Actual(String evidenceId, AwardOutcome award) {
        @Override
        public String toString() {
            return "{evidence: " + evidenceId + ", rule: " + award.rule() + ", points: " + award.points()
                    + ", category: " + award.category() + ", requested: " + award.requested()
                    + (award.capped() ? ", capped" : "") + "}";
        }
    }
}
