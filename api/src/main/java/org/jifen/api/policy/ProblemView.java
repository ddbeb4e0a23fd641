package org.jifen.api.policy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.engine.policy.Problem;

/**
 * A problem of a policy file, as the API shows it: the author's file, 1-based line and column
 * (0 when unknown), {@code ERROR} or {@code WARNING}, and a plain message.
 */
public record ProblemView(String file, int line, int column, String severity, String message) {

    /** A case-file problem as the case runner phrases it: {@code samples/<village>/<file>[:<line>]: <message>}. */
    private static final Pattern CASE_PROBLEM = Pattern.compile("samples/[^/]+/([^:/]+?)(?::(\\d+))?: (.*)", Pattern.DOTALL);

    public static ProblemView of(Problem problem) {
        return new ProblemView(problem.file(), problem.line(), problem.column(), problem.severity().name(),
                problem.message());
    }

    public static ProblemView error(String file, String message) {
        return new ProblemView(file, 0, 0, Problem.Severity.ERROR.name(), message);
    }

    public static ProblemView warning(String file, String message) {
        return new ProblemView(file, 0, 0, Problem.Severity.WARNING.name(), message);
    }

    /** A problem reported by the case runner (a case file that cannot be read, or no cases at all). */
    public static ProblemView ofCaseProblem(String text) {
        Matcher m = CASE_PROBLEM.matcher(text);
        if (m.matches()) {
            return new ProblemView(m.group(1), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)), 0,
                    Problem.Severity.ERROR.name(), m.group(3));
        }
        return error(null, text);
    }

    @JsonIgnore
    public boolean isError() {
        return Problem.Severity.ERROR.name().equals(severity);
    }
}
