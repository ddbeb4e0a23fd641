package org.jifen.persistence.programme;

/**
 * A programme rule decided for a period (V13__programme_runs.sql): its ledger source
 * {@code programme:<rule>:<period>} and how many entries the run wrote (0: none).
 */
public record ProgrammeRunRow(String villageId, String sourceId, String ruleName, String periodName, int entries,
    int policyVersion, String operator) {
}
