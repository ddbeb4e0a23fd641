package org.jifen.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jifen.api.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.CompositeHealth;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;

/**
 * Operations endpoints: health probes (readiness includes the database) and the OpenAPI document.
 * Over HTTP the health endpoints show only the overall status (components are not exposed by the
 * service's configuration), so which components readiness aggregates is checked in-process.
 */
class OpsApiTest extends ApiTest {

    @Autowired
    private HealthEndpoint healthEndpoint;

    @Test
    void healthAndReadinessAreUp() {
        Response readiness = get("/actuator/health/readiness");
        assertThat(readiness.status()).as(readiness.raw()).isEqualTo(200);
        assertThat(readiness.body().path("status").asText()).isEqualTo("UP");

        Response liveness = get("/actuator/health/liveness");
        assertThat(liveness.status()).as(liveness.raw()).isEqualTo(200);
        assertThat(liveness.body().path("status").asText()).isEqualTo("UP");

        Response health = get("/actuator/health");
        assertThat(health.status()).as(health.raw()).isEqualTo(200);
        assertThat(health.body().path("status").asText()).isEqualTo("UP");
        assertThat(health.body().path("groups").toString()).contains("readiness", "liveness");
    }

    @Test
    void readinessIncludesTheDatabaseAndItIsUp() {
        HealthComponent readiness = healthEndpoint.healthForPath("readiness");
        assertThat(readiness).isInstanceOf(CompositeHealth.class);
        assertThat(((CompositeHealth) readiness).getComponents()).containsKeys("db", "readinessState");
        assertThat(((CompositeHealth) readiness).getComponents().get("db").getStatus()).isEqualTo(Status.UP);
        assertThat(readiness.getStatus()).isEqualTo(Status.UP);
        assertThat(healthEndpoint.healthForPath("db").getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void openApiDocumentDescribesTheEvaluationsPath() {
        Response docs = get("/v3/api-docs");
        assertThat(docs.status()).as(docs.raw()).isEqualTo(200);
        assertThat(docs.contentType()).startsWith("application/json");
        assertThat(docs.body().path("openapi").asText()).startsWith("3.");
        assertThat(docs.body().path("paths").has("/api/v1/villages/{village}/evaluations")).as(docs.raw()).isTrue();
        assertThat(docs.body().path("paths").path("/api/v1/villages/{village}/evaluations").has("post")).isTrue();
    }
}
