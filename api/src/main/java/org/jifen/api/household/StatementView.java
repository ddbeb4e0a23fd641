package org.jifen.api.household;

import java.time.LocalDate;
import java.util.List;

/**
 * A member's or a household's statement for {@code from} to {@code to} (inclusive):
 * opening balance + the entries = closing balance; exactly one of memberId and householdId is set;
 * {@code name} is the member's name, or the names of the household's members (、), null when none is known.
 */
record StatementView(String villageId, String memberId, String householdId, String name, LocalDate from, LocalDate to,
        long openingBalance, List<StatementEntry> entries, long credited, long debited, long closingBalance) {
}
