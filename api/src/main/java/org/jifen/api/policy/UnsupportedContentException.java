package org.jifen.api.policy;

/** A body of a media type or charset the endpoint does not take: 415. */
public class UnsupportedContentException extends RuntimeException {

    public UnsupportedContentException(String message) {
        super(message);
    }
}
