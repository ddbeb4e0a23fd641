package org.jifen.api.evaluation;

import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;

/**
 * One batch on the {@link EvaluationPool}: waiting in its village's lane, admitted to the executor
 * (it counts toward the village's threads), running, or withdrawn by a caller that waited too long.
 * Its state is guarded by the pool.
 */
final class PooledBatch<T> extends FutureTask<T> {

    enum State { WAITING, ADMITTED, RUNNING, WITHDRAWN }

    final String village;
    State state = State.WAITING;
    private final EvaluationPool pool;

    PooledBatch(EvaluationPool pool, String village, Callable<T> work) {
        super(work);
        this.pool = pool;
        this.village = village;
    }

    @Override
    public void run() {
        if (!pool.starting(this)) {
            return;
        }
        try {
            super.run();
        } finally {
            pool.finished(this);
        }
    }
}
