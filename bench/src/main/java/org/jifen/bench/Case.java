package org.jifen.bench;

import java.util.List;
import org.jifen.engine.history.MemberHistory;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;
import org.jifen.facts.Streak;
import org.jifen.facts.Tally;

/** One evaluation: the evidence with its member and history, and the raw side's facts precomputed. */
record Case(Evidence evidence, Member member, MemberHistory history, Streak streak, List<Tally> tallies,
        List<Tally> testedTallies) {
}
