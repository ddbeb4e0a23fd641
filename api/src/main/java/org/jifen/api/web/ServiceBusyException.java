package org.jifen.api.web;

/**
 * The service cannot take more work right now: 503 with Retry-After ({@link #retryAfterSeconds});
 * the request may be sent again.
 */
public class ServiceBusyException extends RuntimeException {

    private final int retryAfterSeconds;

    public ServiceBusyException(String message) {
        this(message, 1);
    }

    public ServiceBusyException(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
