package org.jifen.api.policy.watch;

import java.util.List;
import org.jifen.engine.policy.Problem;

/**
 * Published when a village saved on disk does not validate or a case fails: the village keeps its
 * last good version. {@code description} is what the log shows, one problem (file:line) a line.
 */
public record PolicyFilesRejected(String villageId, List<Problem> problems, String description) {
}
