package org.jifen.persistence.report;

/**
 * An honour (荣誉, a HONOUR ledger entry of a programme run): the member it is entered on and their
 * name, the household credited, the household's first member by id (a household's honour is entered
 * on that member), the rule, the honour's title and the source ({@code programme:<rule>:<period>}).
 */
public record HonourRow(String memberId, String name, String householdId, String firstMember, String ruleName,
        String reason, String sourceId) {}
