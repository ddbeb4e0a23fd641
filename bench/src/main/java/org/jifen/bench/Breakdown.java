package org.jifen.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import org.jifen.engine.history.PeriodTotals;
import org.jifen.facts.Evidence;
import org.jifen.facts.Streak;
import org.jifen.facts.Tally;

/** Rounds of the informational components, alternating P B C. */
record Breakdown(List<Round> prep, List<Round> raw, List<Round> rawTested) {

    /** History preparation alone, and raw Drools given all or only the tested Tally facts. */
    static Breakdown measure(RawDrools raw, RawDrools rawTested, Case[] cases, long nanos) {
        ToIntFunction<Case> prep = Breakdown::prepareHistoryFacts;
        ToIntFunction<Case> tested = rawTested::evaluate;
        Breakdown out = new Breakdown(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        if (Settings.EXTRA_ROUNDS <= 0) {
            return out;
        }
        Timing.run(prep, cases, 2_000_000_000L);
        Timing.run(tested, cases, 2_000_000_000L);
        for (int r = 0; r < Settings.EXTRA_ROUNDS; r++) {
            out.prep().add(Timing.run(prep, cases, nanos));
            out.raw().add(Timing.runRaw(raw, cases, nanos));
            out.rawTested().add(Timing.run(tested, cases, nanos));
            System.out.printf(Locale.ROOT, "breakdown round %d: P history prep %,10.0f/s   B raw Drools %,10.0f/s   C raw Drools, tested Tally only %,10.0f/s%n",
                    r + 1, out.prep().get(r).rate(), out.raw().get(r).rate(), out.rawTested().get(r).rate());
        }
        System.out.println();
        return out;
    }

    /** What {@code CompiledPolicy.evaluate} computes before it fires: the Tally facts and the Streak. */
    static int prepareHistoryFacts(Case c) {
        Evidence e = c.evidence();
        LocalDate day = e.occurredAt().toLocalDate();
        List<Tally> tallies = PeriodTotals.of(c.history(), day).tallies(c.member().id());
        Streak streak = new Streak(c.member().id(), e.type(), c.history().streak(e.type(), day, e.approved()));
        return tallies.size() + streak.days();
    }
}
