package org.jifen.engine.policy;

import java.time.Duration;

/** Runtime guards of one evaluation: at most {@code maxFirings} rule firings within {@code timeout}. */
public record EvaluationLimits(int maxFirings, Duration timeout) {

    public static final EvaluationLimits DEFAULT = new EvaluationLimits(1_000, Duration.ofSeconds(2));
}
