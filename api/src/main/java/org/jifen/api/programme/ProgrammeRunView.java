package org.jifen.api.programme;

import java.util.List;

/**
 * What a programme run did (or, with {@code dryRun}, would do): each award with its standing, and
 * whether it was {@code written} now; {@code alreadyRun} names the rules whose awards for this period
 * were written by an earlier run (their awards are listed, not written again).
 */
record ProgrammeRunView(String villageId, String programme, String period, boolean dryRun, List<Line> awards,
        List<String> alreadyRun) {

    /** One award: the rule, the standing (scope 户 or 人, id, rank of how many, total), the ledger entry's member. */
    record Line(String rule, String scope, String id, int rank, int of, int total, String memberId, String kind,
            int points, String reason, boolean written) {
    }
}
