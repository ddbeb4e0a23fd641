package org.jifen.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.jifen.api.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad evaluation requests: 400 problem+json naming the field, and no table changes. */
class EvaluationValidationTest extends ApiTest {

    private static final String VILLAGE = "tanyin";

    private String member;

    @BeforeEach
    void registerMember() {
        member = unique("m");
        register(VILLAGE, member);
    }

    private ObjectNode good() {
        return patrol(unique("e"), member, "2026-11-18T19:00", 90);
    }

    /** Posts {@code body}, checks the 400 problem and that nothing was written; returns the problem. */
    private JsonNode rejected(Object body) {
        Map<String, Long> before = rowCounts();
        Response response = post(evaluations(VILLAGE), body);
        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        assertThat(response.isProblem()).as(response.contentType()).isTrue();
        assertThat(response.body().path("status").asInt()).isEqualTo(400);
        assertThat(response.body().path("detail").asText()).isNotBlank();
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(ledgerRows(VILLAGE, member)).isZero();
        return response.body();
    }

    @Test
    void malformedJson() {
        JsonNode problem = rejected("{\"evidence\": [{\"id\": \"x\", ");
        assertThat(problem.path("title").asText()).isEqualTo("Malformed request body");
    }

    @Test
    void wrongJsonTypeNamesTheField() {
        ObjectNode evidence = good();
        evidence.put("minutes", "ninety");
        JsonNode problem = rejected(batch(false, evidence));
        assertThat(problem.path("detail").asText()).contains("evidence[0].minutes");
    }

    @Test
    void missingType() {
        ObjectNode evidence = good();
        evidence.remove("type");
        JsonNode problem = rejected(batch(false, evidence));
        assertThat(problem.path("detail").asText()).startsWith("evidence[0].type");
        assertThat(problem.path("errors").findValuesAsText("field")).contains("evidence[0].type");
    }

    @Test
    void occurredAtThatIsNotADateTime() {
        ObjectNode evidence = good();
        evidence.put("occurredAt", "yesterday");
        JsonNode problem = rejected(batch(false, evidence));
        assertThat(problem.path("detail").asText()).startsWith("evidence[0].occurredAt");
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("evidence[0].occurredAt");
    }

    @Test
    void emptyEvidenceList() {
        JsonNode problem = rejected(batch(false));
        assertThat(problem.path("detail").asText()).startsWith("evidence");
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("evidence");
    }

    @Test
    void missingEvidenceList() {
        JsonNode problem = rejected("{\"dryRun\": false}");
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("evidence");
    }

    @Test
    void moreThanAThousandEvidence() {
        ObjectNode[] evidence = new ObjectNode[1001];
        for (int i = 0; i < evidence.length; i++) {
            evidence[i] = patrol(unique("bulk") + "-" + i, member, "2026-11-18T19:00", 90);
        }
        JsonNode problem = rejected(batch(false, evidence));
        assertThat(problem.path("detail").asText()).startsWith("evidence");
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("evidence");
    }

    @Test
    void duplicateIdWithinOneRequest() {
        ObjectNode first = good();
        ObjectNode second = patrol(first.path("id").asText(), member, "2026-11-19T19:00", 90);
        JsonNode problem = rejected(batch(false, first, second));
        assertThat(problem.path("detail").asText()).startsWith("evidence[1].id").contains(first.path("id").asText());
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("evidence[1].id");
    }

    @Test
    void badIdAndStatusAreNamed() {
        ObjectNode evidence = good();
        evidence.put("id", "has space").put("status", "MAYBE");
        JsonNode problem = rejected(batch(false, evidence));
        assertThat(problem.path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("evidence[0].id", "evidence[0].status");
    }
}
