package org.jifen.engine.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.jifen.engine.policy.AwardOutcome;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.EvaluationException;
import org.jifen.engine.policy.RuleSpec;
import org.jifen.facts.Evidence;

/**
 * Which rules (and points-list items) fire over a village's sample cases: a rule fires when it asks
 * for an award, credited or capped to nothing. Case files that do not read are skipped (the case run
 * reports them).
 */
public final class CaseCoverage {

    /** One rule: where it is and how many awards it asked for over the cases. */
    public record RuleCoverage(String rule, String file, int line, String category, int fired) {
    }

    private CaseCoverage() {
    }

    /** Every rule of {@code policy} in file and line order, with how often it fired over {@code caseFiles}. */
    public static List<RuleCoverage> of(CompiledPolicy policy, SortedMap<String, String> caseFiles) {
        Map<String, Integer> fired = new LinkedHashMap<>();
        Map<String, RuleSpec> rules = policy.rules();
        caseFiles.forEach((file, text) -> {
            List<SampleCase> cases;
            try {
                cases = new CaseFileReader(file, rule -> rules.containsKey(rule)
                        ? rules.get(rule).category() : RuleSpec.DEFAULT_CATEGORY).read(text);
            } catch (CaseFormatException e) {
                return;
            }
            cases.forEach(sampleCase -> play(policy, sampleCase, fired));
        });
        List<RuleCoverage> out = new ArrayList<>();
        for (RuleSpec rule : rules.values()) {
            out.add(new RuleCoverage(rule.name(), rule.file(), rule.line(), rule.category(), fired.getOrDefault(rule.name(), 0)));
        }
        out.sort(Comparator.comparing(RuleCoverage::file).thenComparingInt(RuleCoverage::line));
        return out;
    }

    private static void play(CompiledPolicy policy, SampleCase sampleCase, Map<String, Integer> fired) {
        CasePlay play = new CasePlay(policy, sampleCase);
        for (Evidence evidence : sampleCase.evidence()) {
            try {
                SampleCase.Participants participants = sampleCase.participants().get(evidence.id());
                if (participants != null) {
                    play.play(evidence, participants.participants()).evaluated().forEach(p -> p.evaluation().awards()
                            .forEach(award -> fired.merge(award.rule(), 1, Integer::sum)));
                    continue;
                }
                for (AwardOutcome award : play.play(evidence).awards()) {
                    fired.merge(award.rule(), 1, Integer::sum);
                }
            } catch (EvaluationException e) {
                // a stopped evaluation fires nothing; the case run reports it
            }
        }
    }
}
