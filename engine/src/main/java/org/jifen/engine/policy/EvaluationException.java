package org.jifen.engine.policy;

/** An evaluation stopped by a runtime guard or a failing rule; it awards nothing. */
public class EvaluationException extends RuntimeException {

    public EvaluationException(String message) {
        super(message);
    }

    public EvaluationException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * An evaluation stopped, or not started, because the request's budget (see
     * {@link CompiledPolicy#within}) was spent: the request's fault, not the policy's, so it is not a guard trip.
     */
    public static final class BudgetSpent extends EvaluationException {

        public BudgetSpent(String message) {
            super(message);
        }
    }
}
