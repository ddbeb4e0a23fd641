package org.jifen.persistence.programme;

/** A ledger entry a programme run wrote: its source ({@code programme:<rule>:<period>}), member, household, kind, points. */
public record ProgrammeEntry(String sourceId, String memberId, String householdId, String kind, int points) {
}
