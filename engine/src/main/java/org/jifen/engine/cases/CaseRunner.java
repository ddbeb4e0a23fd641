package org.jifen.engine.cases;

import java.util.ArrayList;
import java.util.List;
import org.jifen.engine.history.ForPeriod;
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
        CasePlay play = new CasePlay(policy, sampleCase);
        List<Actual> actual = new ArrayList<>();
        List<String> differences = new ArrayList<>();
        boolean several = sampleCase.members().size() > 1;
        for (Evidence evidence : sampleCase.evidence()) {
            try {
                SampleCase.Participants participants = sampleCase.participants().get(evidence.id());
                if (participants != null) {
                    CaseParticipants.play(play, evidence, participants, differences).forEach(
                            (member, award) -> actual.add(new Actual(evidence.id(), member, award)));
                    continue;
                }
                Evaluation evaluation = play.play(evidence);
                evaluation.credited().forEach(award -> actual.add(new Actual(evidence.id(),
                        several ? evidence.memberId() : null, award)));
                evaluation.problems().forEach(p -> differences.add("证据 " + evidence.id() + "：" + p));
            } catch (EvaluationException e) {
                differences.add("证据 " + evidence.id() + " 无法计分：" + e.getMessage());
            }
        }
        compare(sampleCase.expect(), actual, differences);
        for (SampleCase.ProgrammeRun run : sampleCase.programmes()) {
            List<Actual> awarded = new ArrayList<>();
            try {
                play.run(run).forEach(a -> awarded.add(new Actual(a.standing().id(), null, a.award())));
            } catch (EvaluationException e) {
                differences.add("期末评定 " + run.periodName() + " 无法计分：" + e.getMessage());
            }
            List<String> found = new ArrayList<>();
            compare(run.expect(), awarded, found);
            found.forEach(d -> differences.add("期末评定 " + run.periodName() + "：" + d));
        }
        balances(play, sampleCase, differences);
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
                    .filter(a -> want.matches(a.evidenceId(), a.award().rule(), a.award().points(), a.award().kind().name()))
                    .findFirst().orElse(null);
            if (got == null) {
                differences.add("应得而未得：" + want);
                continue;
            }
            unmatched.remove(got);
            if (want.category() != null && !want.category().equals(got.award().category())) {
                differences.add(want + " 的类别：应为 " + want.category() + "，实为 " + got.award().category());
            }
            if (want.requested() != null && want.requested() != got.award().requested()) {
                differences.add(want + " 的申请分值：应为 " + want.requested() + "，实为 " + got.award().requested());
            }
            if (want.member() != null && got.memberId() != null && !want.member().equals(got.memberId())) {
                differences.add(want + " 的成员：应为 " + want.member() + "，实为 " + got.memberId());
            }
        }
        unmatched.forEach(a -> differences.add("未预期而得：" + a));
    }

    private static void balances(CasePlay play, SampleCase sampleCase, List<String> differences) {
        if (sampleCase.balances().isEmpty()) {
            return;
        }
        if (sampleCase.evidence().isEmpty()) {
            differences.add("核对余额至少要有一条证据：余额按最后一条证据所在的期间计算");
            return;
        }
        java.time.LocalDate day = ForPeriod.day(sampleCase.evidence().get(sampleCase.evidence().size() - 1));
        for (SampleCase.ExpectedBalance want : sampleCase.balances()) {
            int[] got = play.balance(want.member(), want.household(), day);
            if (got[0] != want.net() || (want.warnings() != null && got[1] != want.warnings())) {
                differences.add("余额 " + want + "：实为净分 " + got[0] + "，警告 " + got[1] + " 次");
            }
        }
    }

    /** A ledger entry of the case; {@code memberId} is null when the case has one member. */
    private record Actual(String evidenceId, String memberId, AwardOutcome award) {
        @Override
        public String toString() {
            return "｛证据 " + evidenceId + "，规则 " + award.rule() + "，" + award.points() + " 分，类别 "
                    + award.category() + "，申请 " + award.requested() + " 分" + (memberId == null ? "" : "，成员 " + memberId)
                    + SampleCase.kindWords(award.kind().name())
                    + (award.capped() ? "，已封顶" + (award.note() == null ? "" : "（" + award.note() + "）") : "") + "｝";
        }
    }
}
