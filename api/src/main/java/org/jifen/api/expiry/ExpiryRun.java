package org.jifen.api.expiry;

import java.time.LocalDate;

/**
 * What an expiry run for {@code date} did: the mode, how many members lost how many points, and how
 * many members this date's run had already expired before (a repeated run writes nothing for them).
 */
record ExpiryRun(String villageId, LocalDate date, String mode, int members, long points, int alreadyExpired) {
}
