package org.jifen.api.web;

/** A village, member or other resource that does not exist: 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
