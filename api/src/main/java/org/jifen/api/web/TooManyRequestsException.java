package org.jifen.api.web;

/**
 * The caller already has such work running: 429 with Retry-After ({@link #retryAfterSeconds}); the
 * request may be sent again once the other one ended.
 */
public class TooManyRequestsException extends RuntimeException {

    private final int retryAfterSeconds;

    public TooManyRequestsException(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
