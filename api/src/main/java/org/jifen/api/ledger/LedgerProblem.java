package org.jifen.api.ledger;

import org.springframework.http.HttpStatus;

/**
 * A review, reversal or adjustment refused: 409 when it conflicts with what is stored (already
 * reversed, a request key used for something else), 422 when it is not allowed (a reviewer's own
 * evidence, reversing a reversal); {@code field} names the request field concerned, or null.
 */
public class LedgerProblem extends RuntimeException {

    private final HttpStatus status;
    private final String field;

    public LedgerProblem(HttpStatus status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public static LedgerProblem conflict(String message) {
        return new LedgerProblem(HttpStatus.CONFLICT, null, message);
    }

    public static LedgerProblem refused(String field, String message) {
        return new LedgerProblem(HttpStatus.UNPROCESSABLE_ENTITY, field, message);
    }

    public HttpStatus status() {
        return status;
    }

    public String field() {
        return field;
    }
}
