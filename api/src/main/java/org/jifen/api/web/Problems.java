package org.jifen.api.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problems as the service writes them: {@code type} is
 * {@code https://jifen.org/problems/<title-slug>}, {@code detail} is plain text for a person. Used by
 * the exception advice and, through {@link #write}, by filters and the security entry points that
 * answer before Spring MVC runs.
 */
public final class Problems {

    public static final MediaType PROBLEM_JSON_UTF8 = new MediaType("application", "problem+json", StandardCharsets.UTF_8);

    private Problems() {
    }

    public static ProblemDetail problem(HttpStatusCode status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(type(title));
        return problem;
    }

    public static URI type(String title) {
        return URI.create("https://jifen.org/problems/" + title.toLowerCase().replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", ""));
    }

    /** The title of a status when there is nothing more specific: "Not found", "Method not allowed", … */
    public static String title(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        if (known == null) {
            return status >= 500 ? "Internal error" : "Bad request";
        }
        if (known == HttpStatus.INTERNAL_SERVER_ERROR) {
            return "Internal error";
        }
        String phrase = known.getReasonPhrase().toLowerCase();
        return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    }

    /**
     * Writes a problem as the whole response (status, {@code application/problem+json}, body) unless
     * the response is already committed. For filters, authentication entry points and access-denied
     * handlers, which answer before any controller.
     */
    public static void write(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        write(response, problem(status, title, detail));
    }

    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setContentType(PROBLEM_JSON_UTF8.toString());
        byte[] body = json(problem).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** A small hand-written serialization, so that writing a problem never depends on an ObjectMapper. */
    static String json(ProblemDetail problem) {
        StringBuilder json = new StringBuilder("{");
        if (problem.getType() != null) {
            field(json, "type", problem.getType().toString());
        }
        if (problem.getTitle() != null) {
            field(json, "title", problem.getTitle());
        }
        json.append(json.length() > 1 ? "," : "").append("\"status\":").append(problem.getStatus());
        if (problem.getDetail() != null) {
            field(json, "detail", problem.getDetail());
        }
        if (problem.getInstance() != null) {
            field(json, "instance", problem.getInstance().toString());
        }
        return json.append('}').toString();
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append(json.length() > 1 ? "," : "").append('"').append(name).append("\":\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
