package org.jifen.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile input, content types and HTTP: wrong and missing Content-Types, charsets, bytes that
 * are not UTF-8, an Accept header that excludes JSON, unknown paths and methods.
 */
class ContentTypesTest extends HostileInputBase {

    @TestFactory
    Stream<DynamicTest> corpus() {
        Fixture fixture = new Fixture();
        List<Hostile> corpus = new ArrayList<>();
        for (Target target : fixture.targets()) {
            corpus.addAll(contentTypes(target));
        }
        corpus.addAll(unknownPathsAndMethods(fixture));
        return run(corpus, 90);
    }

    /** Content-Types, charsets, Accept headers and a method the endpoint does not have. */
    private List<Hostile> contentTypes(Target t) {
        List<Hostile> cases = new ArrayList<>();
        // wrong content types, and an Accept header that excludes JSON
        String valid = t.body().get().toString();
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=xyz", "text/html; charset=utf-8", "image/png",
                "application/x-yaml", "not a media type", "application/json; charset=bogus-charset")) {
            cases.add(new Hostile(t.name() + ": Content-Type " + type, t.method(), t.path().get(), type,
                    valid.getBytes(StandardCharsets.UTF_8), Map.of(), Expect.REJECTED, 0));
        }
        cases.add(new Hostile(t.name() + ": no Content-Type", t.method(), t.path().get(), null,
                valid.getBytes(StandardCharsets.UTF_8), Map.of(), Expect.REJECTED, 415));
        cases.add(new Hostile(t.name() + ": UTF-16 body declared as UTF-16", t.method(), t.path().get(),
                "application/json; charset=UTF-16", t.body().get().toString().getBytes(StandardCharsets.UTF_16),
                Map.of(), Expect.EITHER, 0));
        cases.add(new Hostile(t.name() + ": invalid UTF-8 bytes", t.method(), t.path().get(), JSON_TYPE,
                invalidUtf8(t), Map.of(), Expect.REJECTED, 400));
        cases.add(new Hostile(t.name() + ": Accept text/html", t.method(), t.path().get(), JSON_TYPE,
                t.body().get().toString().getBytes(StandardCharsets.UTF_8), Map.of("Accept", "text/html"),
                Expect.REJECTED, 406));
        cases.add(new Hostile(t.name() + ": Accept image/png", t.method(), t.path().get(), JSON_TYPE,
                t.body().get().toString().getBytes(StandardCharsets.UTF_8), Map.of("Accept", "image/png"),
                Expect.REJECTED, 406));
        cases.add(new Hostile(t.name() + ": PATCH", "PATCH", t.path().get(), JSON_TYPE,
                t.body().get().toString().getBytes(StandardCharsets.UTF_8), Map.of(), Expect.REJECTED, 405));
        return cases;
    }

    /** A valid body with one string value replaced by bytes that are not UTF-8. */
    private static byte[] invalidUtf8(Target t) {
        String marker = "@@BYTES@@";
        byte[] body = with(t.body().get(), t.text().get(0), JsonNodeFactory.instance.textNode(marker)).toString()
                .getBytes(StandardCharsets.UTF_8);
        String text = new String(body, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(marker);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(body, 0, at);
        out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0,
                (byte) 0x80});
        out.write(body, at + marker.length(), body.length - at - marker.length());
        return out.toByteArray();
    }

    /** Paths and methods that do not exist under the API. */
    private List<Hostile> unknownPathsAndMethods(Fixture f) {
        List<Hostile> cases = new ArrayList<>();
        String evaluations = evaluations(f.evalVillage);
        ObjectNode village = object(Map.of("name", "测试村"));
        // unknown paths and methods under the API
        cases.add(body("unknown path", "POST", "/api/v1/nothing-here", village, Expect.REJECTED, 404));
        cases.add(body("unknown path below a village", "PUT", villagePath(f.evalVillage) + "/secrets", village,
                Expect.REJECTED, 404));
        cases.add(new Hostile("DELETE on evaluations", "DELETE", evaluations, null, null, Map.of(), Expect.REJECTED,
                405));
        cases.add(new Hostile("GET on evaluations", "GET", evaluations, null, null, Map.of(), Expect.REJECTED, 405));
        cases.add(new Hostile("TRACE on a village", "TRACE", villagePath(f.evalVillage), null, null, Map.of(),
                Expect.REJECTED, 405));
        cases.add(new Hostile("method FOO on evaluations", "FOO", evaluations, JSON_TYPE,
                f.evidenceBatch().toString().getBytes(StandardCharsets.UTF_8), Map.of(), Expect.REJECTED, 405));
        return cases;
    }

    @Test
    void everyErrorStatusIsProblemJsonWithAPlainDetail() {
        Map<String, Response> responses = new LinkedHashMap<>();
        responses.put("404 unknown path", get("/api/v1/no/such/thing"));
        responses.put("404 outside the API", get("/no-such-page.html"));
        responses.put("404 the error page itself", get("/error"));
        responses.put("404 unknown village", get("/api/v1/villages/nowhere-at-all"));
        responses.put("405", get(evaluations("tanyin")));
        responses.put("400 path parameter", get(policy("tanyin") + "/versions/abc"));
        responses.put("400 query parameter", get(memberPath("tanyin", "m1") + "/ledger?size=0"));
        for (Map.Entry<String, Response> entry : responses.entrySet()) {
            Response response = entry.getValue();
            String what = entry.getKey() + " → " + response.status() + " " + response.raw();
            assertThat(response.status()).as(what).isEqualTo(Integer.parseInt(entry.getKey().substring(0, 3)));
            assertThat(response.isProblem()).as(what).isTrue();
            assertThat(response.body().path("status").asInt()).as(what).isEqualTo(response.status());
            assertThat(response.body().path("title").asText()).as(what).isNotBlank();
            assertThat(response.body().path("detail").asText()).as(what).isNotBlank();
            assertNoLeak("", response.raw(), what);
        }
        assertThat(responses.get("400 path parameter").body().path("detail").asText())
                .isEqualTo("version: must be a whole number");
        assertThat(responses.get("405").body().path("detail").asText()).contains("POST");
    }

    @Test
    void aGetWhoseAcceptExcludesJsonIsA406ProblemAndAWriteIsRefusedBeforeItRuns() {
        Hostile csv = new Hostile("GET with Accept text/csv", "GET", "/api/v1/villages", null, null,
                Map.of("Accept", "text/csv"), Expect.REJECTED, 406);
        Response response = send(csv);
        assertThat(response.status()).as(response.raw()).isEqualTo(406);
        assertThat(response.isProblem()).as(response.contentType()).isTrue();

        String member = unique("m");
        Map<String, Long> before = allRowCounts();
        Response write = send(new Hostile("PUT with Accept text/csv", "PUT", memberPath("tanyin", member), JSON_TYPE,
                "{\"householdId\":\"h\"}".getBytes(StandardCharsets.UTF_8), Map.of("Accept", "text/csv"),
                Expect.REJECTED, 406));
        assertThat(write.status()).as(write.raw()).isEqualTo(406);
        assertThat(write.isProblem()).isTrue();
        assertThat(allRowCounts()).isEqualTo(before);
    }
}
