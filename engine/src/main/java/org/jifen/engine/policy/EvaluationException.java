package org.jifen.engine.policy;

/** An evaluation stopped by a runtime guard or a failing rule; it awards nothing. */
public class EvaluationException extends RuntimeException {

    public EvaluationException(String message) {
        super(message);
    }

    public EvaluationException(String message, Throwable cause) {
        super(message, cause);
    }
}
