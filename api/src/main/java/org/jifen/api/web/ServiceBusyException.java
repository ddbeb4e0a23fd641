package org.jifen.api.web;

/** The service cannot take more work right now: 503 with Retry-After; the request may be sent again. */
public class ServiceBusyException extends RuntimeException {

    public ServiceBusyException(String message) {
        super(message);
    }
}
