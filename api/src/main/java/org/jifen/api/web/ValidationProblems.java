package org.jifen.api.web;

import static org.jifen.api.web.Problems.problem;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/** Problems for a request that was read but is not valid: fields, path and query parameters. */
final class ValidationProblems {

    private ValidationProblems() {
    }

    static ProblemDetail invalidField(InvalidFieldException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", e.field() + ": " + e.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        return problem;
    }

    /** 403 in the security errors' words ("Forbidden"), with the field in {@code errors} as for a 400. */
    static ProblemDetail forbiddenField(ForbiddenFieldException e) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "Forbidden", e.field() + ": " + e.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        return problem;
    }

    /** Path and query parameters of a {@code @Validated} controller (e.g. a member id or page size). */
    static ProblemDetail constraintViolation(ConstraintViolationException e) {
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

    static ResponseEntity<Object> methodArgumentNotValid(MethodArgumentNotValidException e) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError f : e.getBindingResult().getFieldErrors()) {
            errors.add(Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())));
        }
        e.getBindingResult().getGlobalErrors().forEach(g -> errors.add(Map.of("field", g.getObjectName(),
                "message", String.valueOf(g.getDefaultMessage()))));
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    static ResponseEntity<Object> handlerMethodValidation(HandlerMethodValidationException e) {
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

    static ResponseEntity<Object> typeMismatch(TypeMismatchException e) {
        String name = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
        Class<?> type = e.getRequiredType();
        String message = type == int.class || type == Integer.class || type == long.class || type == Long.class
                ? "must be a whole number" : "has the wrong format";
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", name + ": " + message);
        problem.setProperty("errors", List.of(Map.of("field", name, "message", message)));
        return ResponseEntity.badRequest().body(problem);
    }

    static ResponseEntity<Object> missingParameter(MissingServletRequestParameterException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getParameterName() + ": is required");
        problem.setProperty("errors", List.of(Map.of("field", e.getParameterName(), "message", "is required")));
        return ResponseEntity.badRequest().body(problem);
    }
}
