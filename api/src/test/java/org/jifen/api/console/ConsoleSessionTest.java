package org.jifen.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.api.policy.draft.PolicyApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console's session over plain HTTP: sign-in with a key and the CSRF token, the session acting
 * as the key on /api/v1 only with the page's X-CSRF-TOKEN header, the API's own rules still
 * deciding (another village: 403), a revoked key ending the session, and X-Api-Key clients unchanged.
 */
class ConsoleSessionTest extends PolicyApiTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" content=\"([^\"]+)\"|name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    private int port;

    /** A browser-like client: keeps cookies, follows no redirects. */
    private final class Session {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
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

        String token(String page) {
            Matcher m = CSRF.matcher(send("GET", page, null, null).body());
            assertThat(m.find()).as("a CSRF token on " + page).isTrue();
            return m.group(1) != null ? m.group(1) : m.group(2);
        }

        HttpResponse<String> signIn(String key) {
            String form = "apiKey=" + URLEncoder.encode(key, StandardCharsets.UTF_8) + "&_csrf=" + token("/console/login");
            return send("POST", "/console/login", "application/x-www-form-urlencoded", form);
        }
    }

    @Test
    void aSignedInSessionActsAsItsKeyOnlyWithTheCsrfHeaderAndOnlyForItsVillages() {
        String village = publishedVillage("session");
        String other = publishedVillage("session-other");
        String key = createKey("OFFICIAL", village);
        Session browser = new Session();

        HttpResponse<String> page = browser.send("GET", "/console/", null, null);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/console/login");
        assertThat(browser.signIn("jf_nosuch_key").headers().firstValue("Location").orElseThrow())
                .contains("/console/login?error");
        assertThat(browser.send("POST", "/console/login", "application/x-www-form-urlencoded", "apiKey=" + key)
                .statusCode()).as("no CSRF token").isEqualTo(403);

        HttpResponse<String> signedIn = browser.signIn(key);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/console/");
        HttpResponse<String> picker = browser.send("GET", "/console/", null, null);
        assertThat(picker.statusCode()).isEqualTo(200);
        assertThat(picker.body()).contains("选择村社", "lang=\"zh\"").doesNotContain(key);
        String token = browser.token("/console/editor?village=" + village);

        String policy = "/api/v1/villages/" + village + "/policy";
        assertThat(browser.send("GET", policy, null, null).statusCode()).as("no CSRF header: no session").isEqualTo(401);
        assertThat(browser.send("GET", policy, null, null, "X-CSRF-TOKEN", "wrong").statusCode()).isEqualTo(403);
        HttpResponse<String> read = browser.send("GET", policy, null, null, "X-CSRF-TOKEN", token);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().allValues("Set-Cookie")).as("the session keeps its id: a page's calls run in parallel")
                .isEmpty();
        assertThat(browser.send("GET", "/api/v1/villages/" + other + "/policy", null, null, "X-CSRF-TOKEN", token)
                .statusCode()).as("another village").isEqualTo(403);
        assertThat(browser.send("GET", "/api/v1/keys", null, null, "X-CSRF-TOKEN", token).statusCode())
                .as("ADMIN only").isEqualTo(403);
        HttpResponse<String> unknown = browser.send("GET", "/api/v1/villages/" + village + "/members/x/statement?from=2026-11-01&to=2026-11-30",
                null, null, "X-CSRF-TOKEN", token, "Accept-Language", "en");
        assertThat(unknown.statusCode()).as("an unknown member: " + unknown.body()).isEqualTo(404);
        HttpResponse<String> english = browser.send("GET", "/console/reports?village=" + village + "&lang=en", null, null);
        assertThat(english.body()).contains("Sign out");
        assertThat(browser.send("GET", policy, null, null, "X-CSRF-TOKEN", token).statusCode())
                .as("after switching language").isEqualTo(200);

        // an X-Api-Key request is the key's alone: the session's cookie and token change nothing
        assertThat(browser.send("GET", "/api/v1/villages/" + other + "/policy", null, null, "X-CSRF-TOKEN", token,
                "X-Api-Key", ADMIN_KEY).statusCode()).isEqualTo(200);
        assertThat(as(key).get(policy).status()).isEqualTo(200);

        revokeKey(key);
        HttpResponse<String> revoked = browser.send("GET", policy, null, null, "X-CSRF-TOKEN", token);
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.body()).contains("sign in again");
        assertThat(browser.send("GET", "/console/", null, null).statusCode()).isEqualTo(302);
    }
}
