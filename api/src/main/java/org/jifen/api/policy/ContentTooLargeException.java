package org.jifen.api.policy;

/** A request body over a size limit: 413. */
public class ContentTooLargeException extends RuntimeException {

    public ContentTooLargeException(String message) {
        super(message);
    }
}
