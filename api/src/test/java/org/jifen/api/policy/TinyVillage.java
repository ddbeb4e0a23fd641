package org.jifen.api.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.jifen.engine.policy.PolicySource;

/**
 * A one-rule village for policy lifecycle tests: {@code patrol.drl} grants {@code points} for an
 * approved PATROL; its one sample case (evidence no rule matches) passes whatever the points.
 */
public final class TinyVillage {

    /** The line of {@code patrol.drl} that holds the consequence. */
    public static final int CONSEQUENCE_LINE = 7;

    private TinyVillage() {
    }

    /** A fresh village id: {@code prefix-} and eight hex digits. */
    public static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String villageYaml(String villageId) {
        return "id: " + villageId + "\nname: 测试村 " + villageId + "\nregion: 测试\ntimezone: Asia/Shanghai\n";
    }

    /** The rule file; {@code consequence} is line 7. */
    public static String drl(String consequence) {
        return """
                package village.test;

                rule "巡逻"
                when
                    $e : Evidence( type == "PATROL", approved )
                then
                %s
                end
                """.formatted("    " + consequence);
    }

    public static String drl(int points) {
        return drl("award.grant($e, " + points + ", \"参加巡逻\");");
    }

    public static String cases() {
        return """
                cases:
                  - name: 不相关的证据 不得分
                    evidence:
                      - { id: e1, type: NOTHING, at: "2026-11-18T08:00" }
                    expect: []
                """;
    }

    public static PolicySource source(String villageId, int points) {
        return new PolicySource(villageId, Map.of(PolicySource.VILLAGE_FILE, villageYaml(villageId), "patrol.drl",
                drl(points), "cases.yaml", cases()));
    }

    /** POSTs JSON to another instance on {@code port}, expects a 200 and returns the body. */
    public static String postJson(int port, String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").header(org.jifen.api.ApiTest.API_KEY, org.jifen.api.ApiTest.ADMIN_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .timeout(Duration.ofSeconds(60)).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new AssertionError("POST " + path + " gave " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code rules/<id>/} and {@code samples/<id>/}. */
    public static void write(Path rules, Path samples, String villageId, int points) {
        try {
            Files.createDirectories(samples.resolve(villageId));
            Files.writeString(samples.resolve(villageId).resolve("cases.yaml"), cases(), StandardCharsets.UTF_8);
            Files.createDirectories(rules.resolve(villageId));
            Files.writeString(rules.resolve(villageId).resolve(PolicySource.VILLAGE_FILE), villageYaml(villageId),
                    StandardCharsets.UTF_8);
            Files.writeString(rules.resolve(villageId).resolve("patrol.drl"), drl(points), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
