package org.jifen.api.web;

import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error as RFC 9457 problem+json, naming the field where there is one. Details are written
 * here in plain words; no exception message, class name, stack trace or SQL reaches a client (an
 * unexpected error is logged with its request and answered with a generic 500).
 *
 * <p>This is the one advice, so that the order in which handlers are chosen is Spring's as before;
 * the problems themselves are written by {@link ValidationProblems} (request and validation errors),
 * {@link MalformedBodyProblems} (bodies that cannot be read), {@link ProtocolProblems} (HTTP:
 * sizes, methods, media types, paths), {@link DataProblems} (data and availability) and
 * {@link Problems} (the shared builder).
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    // ------------------------------------------------------------------------------------------
    // request and validation errors

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException e) {
        return ValidationProblems.invalidField(e);
    }

    @ExceptionHandler(ForbiddenFieldException.class)
    ProblemDetail forbiddenField(ForbiddenFieldException e) {
        return ValidationProblems.forbiddenField(e);
    }

    /** Path and query parameters of a {@code @Validated} controller (e.g. a member id or page size). */
    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        return ValidationProblems.constraintViolation(e);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ValidationProblems.methodArgumentNotValid(e);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ValidationProblems.handlerMethodValidation(e);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return MalformedBodyProblems.of(e);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ValidationProblems.typeMismatch(e);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ValidationProblems.missingParameter(e);
    }

    // ------------------------------------------------------------------------------------------
    // security and HTTP-protocol errors

    /** A body over {@code jifen.input.max-body-size}, found while it streamed in. */
    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<ProblemDetail> bodyTooLarge(BodyTooLargeException e) {
        return ProtocolProblems.tooLarge(e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ProtocolProblems.methodNotAllowed(e, headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ProtocolProblems.unsupportedMediaType(e, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ProtocolProblems.notAcceptable();
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(noSuchPath());
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(noSuchPath());
    }

    static ProblemDetail noSuchPath() {
        return ProtocolProblems.noSuchPath();
    }

    // ------------------------------------------------------------------------------------------
    // data and availability errors

    @ExceptionHandler(ServiceBusyException.class)
    ResponseEntity<ProblemDetail> busy(ServiceBusyException e) {
        return DataProblems.busy(e);
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException e) {
        return DataProblems.tooMany(e);
    }

    /**
     * No connection (the database is down, or the pool timed out), a connection lost mid-request or
     * at commit, a deadlock or lock timeout left after retries: 503, the request may be sent again.
     */
    @ExceptionHandler({TransientDataAccessException.class, DataAccessResourceFailureException.class,
            RecoverableDataAccessException.class, CannotCreateTransactionException.class,
            TransactionSystemException.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e) {
        return DataProblems.unavailable(e);
    }

    /** A value the database refused: a client error, without showing the SQL. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        return DataProblems.integrity(e);
    }

    // ------------------------------------------------------------------------------------------
    // everything else

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "an unexpected error occurred; it has been logged");
    }

    /**
     * Every other framework error (binding, async timeouts, conversion): the status Spring chose,
     * our title and type, and a generic detail, since Spring's own details may name types.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getType() != null
                && problem.getType().toString().startsWith("https://jifen.org/problems/")) {
            return super.handleExceptionInternal(e, body, headers, status, request);
        }
        if (status.is5xxServerError()) {
            log.error("request failed", e);
        } else {
            log.debug("request rejected: {}", e.toString());
        }
        String detail = status.is5xxServerError() ? "an unexpected error occurred; it has been logged"
                : status.value() == 404 ? "there is nothing at this path"
                : "the request cannot be processed (" + Problems.title(status.value()).toLowerCase(Locale.ROOT) + ")";
        return super.handleExceptionInternal(e, problem(status, Problems.title(status.value()), detail), headers,
                status, request);
    }

    static ProblemDetail problem(HttpStatusCode status, String title, String detail) {
        return Problems.problem(status, title, detail);
    }
}
