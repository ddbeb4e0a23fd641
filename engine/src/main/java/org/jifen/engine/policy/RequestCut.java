package org.jifen.engine.policy;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A request view's budget (see {@link CompiledPolicy#within}): its deadline ({@link System#nanoTime()}
 * terms) and the rule firings its evaluations have left in all; {@link #NONE} for a policy itself.
 */
record RequestCut(long deadline, AtomicLong firings) {

    static final RequestCut NONE = new RequestCut(0, null);

    /** The firings an evaluation begun now may fire. */
    long firingsLeft() {
        return firings == null ? Long.MAX_VALUE : firings.get();
    }

    /**
     * The deadline of an evaluation begun now with {@code firingsLeft}.
     *
     * @throws EvaluationException.BudgetSpent when nothing is left
     */
    long begin(long firingsLeft) {
        long at = firings == null ? System.nanoTime() + TimeUnit.DAYS.toNanos(1) : deadline;
        if (firingsLeft <= 0 || System.nanoTime() - at >= 0) {
            throw new EvaluationException.BudgetSpent(firingsLeft <= 0 ? "the request's rule firings are spent"
                    : "the request's time budget is spent");
        }
        return at;
    }
}
