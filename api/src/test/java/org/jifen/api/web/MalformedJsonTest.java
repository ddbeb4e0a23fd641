package org.jifen.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile input, malformed JSON: truncated, invalid and empty bodies, trailing garbage, a NUL byte,
 * duplicate keys and unknown fields, against every JSON write endpoint.
 */
class MalformedJsonTest extends HostileInputBase {

    @TestFactory
    Stream<DynamicTest> corpus() {
        Fixture fixture = new Fixture();
        List<Hostile> corpus = new ArrayList<>();
        for (Target target : fixture.targets()) {
            corpus.addAll(malformed(target));
        }
        return run(corpus, 200);
    }

    /** Truncated, invalid and empty JSON, duplicate keys and an unknown field. */
    private List<Hostile> malformed(Target t) {
        List<Hostile> cases = new ArrayList<>();
        JsonNodeFactory n = JsonNodeFactory.instance;
        cases.add(json(t, "valid request", t.body().get().toString(), Expect.VALID));

        // truncated JSON: a valid request cut off at six places
        String whole = t.body().get().toString();
        for (int k = 1; k <= 6; k++) {
            int at = whole.length() * k / 7;
            cases.add(json(t, "truncated at " + at, whole.substring(0, at), Expect.REJECTED).withStatus(400));
        }
        // not JSON, or not the JSON of a request
        for (String invalid : lines("invalid-json.txt")) {
            cases.add(json(t, "invalid JSON " + invalid, invalid.replace("\\n", "\n"), Expect.REJECTED)
                    .withStatus(400));
        }
        cases.add(json(t, "empty body", "", Expect.REJECTED).withStatus(400));
        cases.add(json(t, "trailing garbage", whole + " {\"x\":1}", Expect.REJECTED).withStatus(400));
        cases.add(json(t, "NUL byte inside", whole.substring(0, whole.length() - 1) + "\u0000}", Expect.REJECTED)
                .withStatus(400));

        // duplicate keys: each top-level field twice, and one nested
        ObjectNode base = t.body().get();
        base.fieldNames().forEachRemaining(field -> {
            String json = base.toString();
            String duplicated = "{\"" + field + "\":" + base.get(field) + "," + json.substring(1);
            cases.add(json(t, "duplicate key " + field, duplicated, Expect.REJECTED).withStatus(400));
        });
        // an unknown field (a misspelling must not be ignored silently)
        cases.add(json(t, "unknown field", with(t.body().get(), "/comentt", n.textNode("typo")).toString(),
                Expect.REJECTED).withStatus(400));
        return cases;
    }

    @Test
    void unknownFieldsAreNamedWithTheKnownOnes() {
        Response response = put(memberPath("tanyin", unique("m")), Map.of("householdId", "h", "role", "RESIDENT"));
        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        assertThat(response.body().path("detail").asText())
                .isEqualTo("role: is not a field of this request; the fields are householdId, joinedOn, name, roles");
    }

    @Test
    void duplicateKeysAndLimitsAreNamedPlainly() {
        Response duplicate = post(evaluations("tanyin"), "{\"evidence\":[],\"evidence\":[]}");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.body().path("detail").asText()).startsWith("the body has the field evidence twice");

        Response notAnObject = post(evaluations("tanyin"), "[".repeat(NESTING));
        assertThat(notAnObject.status()).isEqualTo(400);
        assertThat(notAnObject.body().path("detail").asText()).isEqualTo("the body must be an object");

        Response longString = post(evaluations("tanyin"), "{\"evidence\":[{\"id\":\"" + "x".repeat(100_001) + "\"}]}");
        assertThat(longString.status()).isEqualTo(400);
        assertThat(longString.body().path("detail").asText())
                .isEqualTo("a string in the JSON is longer than the service accepts (at most 100000)");

        Response wrongType = post(evaluations("tanyin"), "{\"evidence\":[{\"id\":\"e\",\"minutes\":\"90\"}]}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.body().path("detail").asText()).isEqualTo("evidence[0].minutes: must be a whole number");
    }
}
