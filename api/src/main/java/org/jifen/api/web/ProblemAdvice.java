package org.jifen.api.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
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
import org.springframework.beans.TypeMismatchException;

/**
 * Every error as RFC 9457 problem+json, naming the field where there is one. Details are written
 * here in plain words; no exception message, class name, stack trace or SQL reaches a client (an
 * unexpected error is logged with its request and answered with a generic 500).
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private static final java.util.regex.Pattern DUPLICATE_FIELD = java.util.regex.Pattern.compile("Duplicate field '([^']{0,100})'");

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", e.field() + ": " + e.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        return problem;
    }

    /** A body over {@code jifen.input.max-body-size}, found while it streamed in. */
    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<ProblemDetail> bodyTooLarge(BodyTooLargeException e) {
        return tooLarge(e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> tooLarge(String detail) {
        // the rest of the body is not read: ask the client to open a new connection
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).header(HttpHeaders.CONNECTION, "close")
                .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, "Content too large", detail));
    }

    /** Path and query parameters of a {@code @Validated} controller (e.g. a member id or page size). */
    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .map(v -> Map.of("field", field(v.getPropertyPath()), "message", String.valueOf(v.getMessage())))
                .sorted(Comparator.comparing((Map<String, String> m) -> m.get("field"))).toList();
        return invalid(errors);
    }

    private static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() != ElementKind.METHOD) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }

    @ExceptionHandler(ServiceBusyException.class)
    ResponseEntity<ProblemDetail> busy(ServiceBusyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Service busy", e.getMessage()));
    }

    @ExceptionHandler({TransientDataAccessException.class, DataAccessResourceFailureException.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e) {
        log.warn("database unavailable or contended: {}", e.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
                        "the database is busy or unavailable; retry the same request, it is idempotent"));
    }

    /**
     * A value the database refused (too long, out of range, a duplicate). Validation should have
     * caught it first; this is the safety net that keeps it a client error without showing the SQL.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        log.warn("the database refused a value that validation let through: {}", e.getMostSpecificCause().toString());
        if (e instanceof DuplicateKeyException) {
            return problem(HttpStatus.CONFLICT, "Conflict", "the resource was created by another request meanwhile; "
                    + "retry the request");
        }
        return problem(HttpStatus.BAD_REQUEST, "Invalid request",
                "a value in the request cannot be stored: it is too long or out of range");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "an unexpected error occurred; it has been logged");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError f : e.getBindingResult().getFieldErrors()) {
            errors.add(Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())));
        }
        e.getBindingResult().getGlobalErrors().forEach(g -> errors.add(Map.of("field", g.getObjectName(),
                "message", String.valueOf(g.getDefaultMessage()))));
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> errors.add(Map.of("field", name == null ? "request" : name,
                    "message", String.valueOf(error.getDefaultMessage()))));
        });
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    private static ProblemDetail invalid(List<Map<String, String>> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", errors.isEmpty()
                ? "the request is not valid" : errors.get(0).get("field") + ": " + errors.get(0).get("message"));
        problem.setProperty("errors", errors);
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        BodyTooLargeException tooLarge = cause(e, BodyTooLargeException.class);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).header(HttpHeaders.CONNECTION, "close")
                    .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, "Content too large", tooLarge.getMessage()));
        }
        StreamConstraintsException limit = cause(e, StreamConstraintsException.class);
        if (limit != null) {
            return limit(limit);
        }
        String field = null;
        String message;
        JsonProcessingException json = cause(e, JsonProcessingException.class);
        JsonParseException parse = cause(e, JsonParseException.class);
        InputCoercionException coercion = cause(e, InputCoercionException.class);
        if (parse instanceof JsonEOFException) {
            message = "the body is not complete JSON: it ends too early" + where(parse);
        } else if (parse != null) {
            String original = String.valueOf(parse.getOriginalMessage());
            Matcher duplicate = DUPLICATE_FIELD.matcher(original);
            if (duplicate.find()) {
                message = "the body has the field " + duplicate.group(1) + " twice" + where(parse);
            } else if (original.contains("UTF-8") || original.contains("UTF8")) {
                message = "the body is not valid UTF-8" + where(parse);
            } else {
                message = "the body is not valid JSON" + where(parse);
            }
        } else if (json instanceof UnrecognizedPropertyException unknown) {
            field = path(unknown);
            message = "is not a field of this request; the fields are " + known(unknown.getKnownPropertyIds());
        } else if (coercion != null) {
            field = json instanceof JsonMappingException mapping ? path(mapping) : null;
            message = field == null || field.isEmpty() ? "the body has a number out of range" + where(coercion)
                    : "is out of range";
        } else if (json instanceof MismatchedInputException mismatch) {
            field = path(mismatch);
            message = expected(mismatch);
        } else if (json instanceof JsonMappingException mapping) {
            field = path(mapping);
            message = "cannot be read";
        } else if (json != null) {
            message = "the body is not valid JSON" + where(json);
        } else if (e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")) {
            message = "the request body is missing; send JSON with Content-Type: application/json";
        } else if (cause(e, java.nio.charset.CharacterCodingException.class) != null
                || cause(e, java.io.CharConversionException.class) != null) {
            message = "the body is not valid text in the charset of its Content-Type";
        } else {
            message = "the body is not valid JSON of the expected shape";
        }
        ProblemDetail problem;
        if (field != null && !field.isEmpty()) {
            problem = problem(HttpStatus.BAD_REQUEST, "Malformed request body", field + ": " + message);
            problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        } else {
            problem = problem(HttpStatus.BAD_REQUEST, "Malformed request body",
                    message.startsWith("must ") || message.startsWith("has ") || message.startsWith("is ")
                            || message.startsWith("cannot ") ? "the body " + message : message);
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private static ResponseEntity<Object> limit(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("document length")) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).header(HttpHeaders.CONNECTION, "close")
                    .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, "Content too large", "the JSON document is longer "
                            + "than the service accepts" + limitOf(message)));
        }
        String what;
        if (message.contains("nesting depth")) {
            what = "the JSON nests arrays and objects deeper than the service accepts";
        } else if (message.contains("string value length")) {
            what = "a string in the JSON is longer than the service accepts";
        } else if (message.contains("number value length")) {
            what = "a number in the JSON has more digits than the service accepts";
        } else if (message.contains("name length")) {
            what = "a field name in the JSON is longer than the service accepts";
        } else if (message.contains("token count")) {
            what = "the JSON has more values than the service accepts";
        } else {
            what = "the JSON exceeds a limit of the service";
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Malformed request body",
                what + limitOf(message)));
    }

    /** "(at most N)" from Jackson's "... exceeds the maximum allowed (N, from ...)". */
    private static String limitOf(String message) {
        Matcher max = java.util.regex.Pattern.compile("maximum allowed? \\((\\d+)").matcher(message);
        return max.find() ? " (at most " + max.group(1) + ")" : "";
    }

    private static String where(JsonProcessingException e) {
        if (e.getLocation() == null || e.getLocation().getLineNr() < 1) {
            return "";
        }
        return " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static String known(Collection<Object> ids) {
        if (ids == null || ids.isEmpty()) {
            return "none";
        }
        Set<String> names = new TreeSet<>();
        ids.forEach(id -> names.add(String.valueOf(id)));
        return names.stream().collect(Collectors.joining(", "));
    }

    private static String expected(MismatchedInputException e) {
        Class<?> type = e.getTargetType();
        if (e instanceof InvalidFormatException && type != null && Temporal.class.isAssignableFrom(type)) {
            return "must be an ISO-8601 date such as 2026-11-18";
        }
        if (type == null) {
            return "has the wrong type";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "must be a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "must be an ISO-8601 date such as 2026-11-18";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "must be a number";
        }
        return "must be an object";
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Set<HttpMethod> allowed = e.getSupportedHttpMethods();
        String detail = e.getMethod() + " is not allowed here"
                + (allowed == null || allowed.isEmpty() ? ""
                : "; allowed: " + allowed.stream().map(HttpMethod::name).sorted().collect(Collectors.joining(", ")));
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(headers)
                .body(problem(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", detail));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<MediaType> supported = e.getSupportedMediaTypes();
        String header = request.getHeader(HttpHeaders.CONTENT_TYPE);
        String sent = header == null ? "a body without a Content-Type"
                : e.getContentType() == null ? "a Content-Type that cannot be read"
                : "Content-Type " + e.getContentType().getType() + "/" + e.getContentType().getSubtype();
        String detail = sent + " is not accepted here; send " + (supported.stream().anyMatch(
                m -> m.isCompatibleWith(MediaType.APPLICATION_JSON)) ? "JSON with Content-Type: application/json"
                : supported.stream().map(m -> m.getType() + "/" + m.getSubtype()).distinct()
                        .collect(Collectors.joining(" or ")));
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers)
                .body(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", detail));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).body(problem(HttpStatus.NOT_ACCEPTABLE,
                "Not acceptable", "this resource is available as application/json; the Accept header excludes it"));
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
        return problem(HttpStatus.NOT_FOUND, "Not found", "there is nothing at this path; the API is under /api/v1 "
                + "and is described at /v3/api-docs");
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
        Class<?> type = e.getRequiredType();
        String message = type == int.class || type == Integer.class || type == long.class || type == Long.class
                ? "must be a whole number" : "has the wrong format";
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", name + ": " + message);
        problem.setProperty("errors", List.of(Map.of("field", name, "message", message)));
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getParameterName() + ": is required");
        problem.setProperty("errors", List.of(Map.of("field", e.getParameterName(), "message", "is required")));
        return ResponseEntity.badRequest().body(problem);
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
