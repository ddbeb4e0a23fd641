package org.jifen.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.api.policy.draft.PolicyApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console's session cookie, as the real server sends it: SameSite=Strict and HttpOnly always,
 * Secure when the request is HTTPS, here as a TLS-ending proxy reports it (X-Forwarded-Proto from
 * a loopback address, which server.forward-headers-strategy=native trusts), both on the page that
 * starts the session and on sign-in, which gives the session a new id.
 */
class ConsoleCookieTest extends PolicyApiTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void overPlainHttpTheCookieIsStrictAndHttpOnly() {
        String key = createKey("OFFICIAL", "tanyin");
        HttpResponse<String> page = send("GET", "/console/login", null, null);
        String cookie = sessionCookie(page);
        assertStrict(cookie);
        assertThat(cookie).doesNotContainIgnoringCase("Secure");

        HttpResponse<String> signedIn = signIn(page, key, null);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/console/");
        String renewed = sessionCookie(signedIn);
        assertStrict(renewed);
        assertThat(renewed).doesNotContainIgnoringCase("Secure");
    }

    @Test
    void overHttpsTheCookieIsAlsoSecure() {
        String key = createKey("OFFICIAL", "tanyin");
        HttpResponse<String> page = send("GET", "/console/login", null, null, "X-Forwarded-Proto", "https");
        String cookie = sessionCookie(page);
        assertStrict(cookie);
        assertThat(cookie).containsIgnoringCase("; Secure");

        HttpResponse<String> signedIn = signIn(page, key, "https");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String renewed = sessionCookie(signedIn);
        assertStrict(renewed);
        assertThat(renewed).containsIgnoringCase("; Secure");
        String session = value(renewed);
        HttpResponse<String> picker = send("GET", "/console/", null, null, "X-Forwarded-Proto", "https",
                "Cookie", "JSESSIONID=" + session);
        assertThat(picker.statusCode()).as("the signed-in session works over HTTPS").isEqualTo(200);
    }

    private HttpResponse<String> signIn(HttpResponse<String> loginPage, String key, String proto) {
        Matcher token = CSRF.matcher(loginPage.body());
        assertThat(token.find()).as("a CSRF token on the sign-in page").isTrue();
        String form = "apiKey=" + URLEncoder.encode(key, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1);
        List<String> headers = new java.util.ArrayList<>(List.of("Cookie", "JSESSIONID=" + value(sessionCookie(loginPage))));
        if (proto != null) {
            headers.addAll(List.of("X-Forwarded-Proto", proto));
        }
        return send("POST", "/console/login", "application/x-www-form-urlencoded", form,
                headers.toArray(String[]::new));
    }

    private static void assertStrict(String cookie) {
        assertThat(cookie).containsIgnoringCase("; SameSite=Strict").containsIgnoringCase("; HttpOnly");
    }

    /** The one Set-Cookie header that sets the session cookie. */
    private static String sessionCookie(HttpResponse<String> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).toList();
        assertThat(cookies).as("the session cookie of " + response.uri()).hasSize(1);
        return cookies.get(0);
    }

    private static String value(String cookie) {
        Matcher m = SESSION.matcher(cookie);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
