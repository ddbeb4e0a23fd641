package org.jifen.api.policy.draft;

import java.util.List;
import org.jifen.api.policy.CaseView;
import org.jifen.api.policy.ProblemView;

/**
 * The draft's sample cases run against the draft: {@code passed} when the draft compiles, its case
 * files can be read and every case passes. {@code problems} are the errors that kept cases from
 * running (a rule that does not compile, a case file that cannot be read, no cases at all).
 */
public record TestView(boolean passed, int total, int failed, List<CaseView> cases, List<ProblemView> problems) {
}
