package org.jifen.api.web;

import java.io.IOException;

/**
 * A request body that streamed past {@code jifen.input.max-body-size}: 413. An {@link IOException},
 * so that whatever reads the body (Jackson, a controller) stops at once.
 */
public class BodyTooLargeException extends IOException {

    public BodyTooLargeException(long max) {
        super("the request body is larger than " + RequestLimitsFilter.size(max) + ", the most the service accepts");
    }
}
