package org.jifen.api.policy.draft;

import java.util.List;
import org.jifen.api.policy.ProblemView;

/** The draft validates when none of its problems is an error; warnings do not stop a publish. */
public record ValidationView(boolean valid, List<ProblemView> problems) {
}
