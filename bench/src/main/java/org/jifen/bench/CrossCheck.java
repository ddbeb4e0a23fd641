package org.jifen.bench;

import java.util.Locale;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.Evaluation;

/** Both sides must see the same candidate awards, or the comparison means nothing. */
final class CrossCheck {

    private CrossCheck() {
    }

    static void run(CompiledPolicy policy, RawDrools raw, RawDrools rawTested, Case[] cases) {
        long jifenAwards = 0;
        long jifenCredited = 0;
        long withAward = 0;
        long before = raw.award.calls;
        long beforeTested = rawTested.award.calls;
        for (Case c : cases) {
            rawTested.evaluate(c);
            Evaluation e = policy.evaluate(c.evidence(), c.member(), c.history());
            jifenAwards += e.awards().size();
            jifenCredited += e.credited().size();
            withAward += e.awards().isEmpty() ? 0 : 1;
            raw.evaluate(c);
        }
        long rawAwards = raw.award.calls - before;
        long rawTestedAwards = rawTested.award.calls - beforeTested;
        System.out.println("## Cross-check over the " + cases.length + " evidence");
        System.out.println();
        System.out.printf(Locale.ROOT, "- award calls: Jifen %d (of which credited after caps %d), raw Drools %d -> %s%n",
                jifenAwards, jifenCredited, rawAwards, jifenAwards == rawAwards ? "same" : "DIFFERENT");
        System.out.printf(Locale.ROOT, "- evidence with at least one award: %.0f%%; awards per evaluation %.2f%n",
                100.0 * withAward / cases.length, (double) jifenAwards / cases.length);
        System.out.printf(Locale.ROOT, "- raw Drools given only the Tally facts some rule tests (C below): %d award calls -> %s%n",
                rawTestedAwards, rawTestedAwards == rawAwards ? "same" : "DIFFERENT");
        System.out.println();
        if (jifenAwards != rawAwards || rawTestedAwards != rawAwards) {
            throw new IllegalStateException("Jifen and raw Drools disagree on the awards; fix the benchmark");
        }
    }
}
