package org.jifen.api.village;

import java.util.List;

/** A village with its active policy version and, in detail, its rules. */
record VillageView(String id, String name, String region, String timezone, Integer policyVersion, Integer ruleCount,
        List<RuleView> rules) {

    /** A rule of the active policy and its caps. */
    record RuleView(String name, String category, String maxTimes, String maxPoints, String file, int line) {
    }
}
