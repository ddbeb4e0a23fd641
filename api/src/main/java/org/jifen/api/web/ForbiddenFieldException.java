package org.jifen.api.web;

/** A request field this key may not set to that value, though it may make the request: 403, naming the field. */
public class ForbiddenFieldException extends RuntimeException {

    private final String field;

    public ForbiddenFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
