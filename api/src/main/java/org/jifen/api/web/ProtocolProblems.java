package org.jifen.api.web;

import static org.jifen.api.web.Problems.problem;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.context.request.WebRequest;

/** Problems of HTTP itself: sizes, methods, media types and paths. */
final class ProtocolProblems {

    private ProtocolProblems() {
    }

    static ResponseEntity<ProblemDetail> tooLarge(String detail) {
        // the rest of the body is not read: ask the client to open a new connection
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).header(HttpHeaders.CONNECTION, "close")
                .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, "Content too large", detail));
    }

    static ResponseEntity<Object> methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpHeaders headers) {
        Set<HttpMethod> allowed = e.getSupportedHttpMethods();
        String detail = e.getMethod() + " is not allowed here"
                + (allowed == null || allowed.isEmpty() ? ""
                : "; allowed: " + allowed.stream().map(HttpMethod::name).sorted().collect(Collectors.joining(", ")));
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(headers)
                .body(problem(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", detail));
    }

    static ResponseEntity<Object> unsupportedMediaType(HttpMediaTypeNotSupportedException e, HttpHeaders headers,
            WebRequest request) {
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

    static ResponseEntity<Object> notAcceptable() {
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).body(problem(HttpStatus.NOT_ACCEPTABLE,
                "Not acceptable", "this resource is available as application/json; the Accept header excludes it"));
    }

    static ProblemDetail noSuchPath() {
        return problem(HttpStatus.NOT_FOUND, "Not found", "there is nothing at this path; the API is under /api/v1 "
                + "and is described at /v3/api-docs");
    }
}
