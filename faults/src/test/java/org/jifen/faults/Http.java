package org.jifen.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small HTTP client for one service instance, sending the administrator key. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;

    Http(int port) {
        this.port = port;
    }

    /** A response: status, Content-Type, Retry-After (null when absent) and the body as JSON (missing when not). */
    record Response(int status, String contentType, String retryAfter, JsonNode body, String raw) {

        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    /** Sends; an IOException (refused, reset, timed out) is thrown as is, for the caller to retry. */
    Response send(String method, String path, String contentType, String body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("X-Api-Key", ServiceProcess.ADMIN_KEY)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json;
            try {
                json = response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
            } catch (IOException notJson) {
                json = JSON.missingNode();
            }
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null), json, response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    Response postJson(String path, Object body) throws IOException {
        return send("POST", path, "application/json", body instanceof String s ? s : JSON.writeValueAsString(body));
    }

    /** Like {@link #send} but an I/O failure is an error: for set-up and checks while the service is up. */
    Response must(String method, String path, String contentType, String body) {
        try {
            return send(method, path, contentType, body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Status of {@code /actuator/health/readiness}; 0 when the service does not answer. */
    int readiness() {
        try {
            return send("GET", "/actuator/health/readiness", null, null).status();
        } catch (IOException e) {
            return 0;
        }
    }

    static String seg(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
