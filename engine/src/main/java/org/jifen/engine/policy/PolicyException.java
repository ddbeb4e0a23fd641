package org.jifen.engine.policy;

import java.util.List;
import java.util.stream.Collectors;

/** A policy that cannot be used, with every problem found. */
public class PolicyException extends RuntimeException {

    private final transient List<Problem> problems;

    public PolicyException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
