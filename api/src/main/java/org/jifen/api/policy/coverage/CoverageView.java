package org.jifen.api.policy.coverage;

import java.util.List;

/**
 * Which rules of the version in effect fired: over its sample cases, and over the ledger of the last
 * {@code days} days (evidence that occurred since {@code since}, village time). {@code neverFiredInCases}
 * and {@code neverTriggered} name the rules with no firing in each.
 */
public record CoverageView(String villageId, int version, int days, String since, int rules, List<RuleView> coverage,
        List<String> neverFiredInCases, List<String> neverTriggered) {

    /** One rule or points-list item: where it is, its firings in the cases, and its ledger awards in the window. */
    public record RuleView(String rule, String file, int line, String category, int firedInCases, long ledgerAwards,
            long ledgerPoints, String lastAwardedAt) {
    }
}
