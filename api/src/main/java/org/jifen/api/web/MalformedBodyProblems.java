package org.jifen.api.web;

import static org.jifen.api.web.Problems.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * The problem for a request body that cannot be read: not JSON, not complete, over a read limit of
 * the JSON reader, or JSON of the wrong shape, naming the field where there is one.
 */
final class MalformedBodyProblems {

    private static final java.util.regex.Pattern DUPLICATE_FIELD = java.util.regex.Pattern.compile("Duplicate field '([^']{0,100})'");

    private MalformedBodyProblems() {
    }

    static ResponseEntity<Object> of(HttpMessageNotReadableException e) {
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
}
