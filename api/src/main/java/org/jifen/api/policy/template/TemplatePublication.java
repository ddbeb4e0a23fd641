package org.jifen.api.policy.template;

import java.util.List;
import org.jifen.api.policy.CaseView;
import org.jifen.api.policy.ProblemView;

/**
 * What publishing a template did: its version ({@code created} false when the content was already
 * the latest), the villages republished on it, and the villages that break on it, each keeping its
 * last good version (pinned to the template version it had) with the problems and failing cases.
 */
public record TemplatePublication(String templateId, int version, String contentHash, boolean created,
        List<Updated> villagesUpdated, List<Broken> villagesBroken) {

    /** A village now on this template version, as its policy version {@code version}. */
    public record Updated(String villageId, int version, boolean created) {
    }

    /** A village that does not validate on this template version and keeps {@code keptVersion}. */
    public record Broken(String villageId, int keptVersion, int templateVersion, List<ProblemView> problems,
            List<CaseView> failedCases) {
    }
}
