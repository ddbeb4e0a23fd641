package org.jifen.api.policy;

/** A request that conflicts with the state of a village's policy or draft: 409. */
public class PolicyConflictException extends RuntimeException {

    public PolicyConflictException(String message) {
        super(message);
    }
}
