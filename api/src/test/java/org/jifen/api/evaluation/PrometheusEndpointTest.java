package org.jifen.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.api.ApiTest;
import org.junit.jupiter.api.Test;

/** GET /actuator/prometheus: ADMIN and AUDITOR keys only; it serves the evaluate path's and the policy cache's meters. */
class PrometheusEndpointTest extends ApiTest {

    private static final String VILLAGE = "tanyin";
    private static final Map<String, String> TEXT = Map.of("Accept", "text/plain");

    @Test
    void auditorScrapesTheCustomMetricsAndTheyCountAnEvaluation() {
        String auditor = createKey("AUDITOR");
        String before = scrape(auditor);
        String member = unique("m");
        register(VILLAGE, member);
        Response evaluated = post(evaluations(VILLAGE), batch(false, patrol(unique("e"), member, "2026-11-18T19:00", 90)));
        assertThat(evaluated.status()).as(evaluated.raw()).isEqualTo(200);
        String after = scrape(auditor);

        assertThat(value(after, "jifen_evaluations_total{status=\"CREDITED\"}"))
                .isGreaterThanOrEqualTo(value(before, "jifen_evaluations_total{status=\"CREDITED\"}") + 1);
        assertThat(value(after, "jifen_awards_credited_total"))
                .isGreaterThanOrEqualTo(value(before, "jifen_awards_credited_total") + 1);
        assertThat(value(after, "jifen_points_credited_total{kind=\"granted\"}"))
                .isGreaterThanOrEqualTo(value(before, "jifen_points_credited_total{kind=\"granted\"}") + 3);
        assertThat(value(after, "jifen_evaluation_batch_seconds_count"))
                .isGreaterThanOrEqualTo(value(before, "jifen_evaluation_batch_seconds_count") + 1);
        assertThat(after).contains("jifen_evaluation_batch_seconds_bucket{le=", "jifen_evaluation_queued ",
                "jifen_evaluation_rejected_total ", "jifen_evaluation_batch_size_count ",
                "jifen_policy_compile_seconds_count ", "jifen_policy_compile_seconds_sum ");
        assertThat(value(after, "jifen_policy_cache_size")).isGreaterThanOrEqualTo(1);
        assertThat(value(after, "jifen_policy_compile_seconds_count")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void onlyAdminAndAuditorKeysMayScrape() {
        assertThat(anonymous().send("GET", "/actuator/prometheus", null, null, TEXT).status()).isEqualTo(401);
        for (String role : new String[] {"OFFICIAL", "PIPELINE", "REVIEWER"}) {
            Response refused = as(createKey(role, VILLAGE)).send("GET", "/actuator/prometheus", null, null, TEXT);
            assertThat(refused.status()).as(role).isEqualTo(403);
            assertThat(refused.isProblem()).isTrue();
        }
        Response admin = as(ADMIN_KEY).send("GET", "/actuator/prometheus", null, null, TEXT);
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.contentType()).startsWith("text/plain");
    }

    private String scrape(String key) {
        Response response = as(key).send("GET", "/actuator/prometheus", null, null, TEXT);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.raw();
    }

    /** The sample's value; 0 when absent. */
    private static double value(String text, String sample) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(sample) + " (\\S+)$").matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
