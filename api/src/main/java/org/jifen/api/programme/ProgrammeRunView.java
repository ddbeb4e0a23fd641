package org.jifen.api.programme;

import java.util.List;

/**
 * What a programme run did (or, with {@code dryRun}, would do): each award with its standing, and
 * whether it was {@code written} now; {@code alreadyRun} names, by name, the rules an earlier run
 * decided for this period, awards or not (their awards are listed, not written again); {@code sinceRun} says
 * for each of them whether the current standings would now give a different result (late evidence:
 * a run stays final for its period).
 */
record ProgrammeRunView(String villageId, String programme, String period, boolean dryRun, List<Line> awards,
        List<String> alreadyRun, List<SinceRun> sinceRun) {

    /** A rule that already ran: whether today's standings would change its entries, and for whom (户 or 人 ids). */
    record SinceRun(String rule, boolean changedSinceRun, List<String> ids) {
    }

    /** One award: the rule, the standing (scope 户 or 人, id, rank of how many, total), the ledger entry's member. */
    record Line(String rule, String scope, String id, int rank, int of, int total, String memberId, String kind,
            int points, String reason, boolean written) {
    }
}
