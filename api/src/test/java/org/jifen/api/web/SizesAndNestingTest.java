package org.jifen.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * Hostile input, sizes and nesting: long strings, 100,000 nested brackets, bodies over the size
 * limit and 50 MB bodies streamed, chunked and declared with Expect: 100-continue.
 */
class SizesAndNestingTest extends HostileInputBase {

    @TestFactory
    Stream<DynamicTest> corpus() {
        Fixture fixture = new Fixture();
        List<Hostile> corpus = new ArrayList<>();
        for (Target target : fixture.targets()) {
            corpus.addAll(sizes(target));
        }
        corpus.addAll(fiftyMegabytes(fixture));
        return run(corpus, 80);
    }

    /** Strings of 5,000 and 100,001 characters, deep nesting, and a body over the size limit. */
    private List<Hostile> sizes(Target t) {
        List<Hostile> cases = new ArrayList<>();
        JsonNodeFactory n = JsonNodeFactory.instance;
        for (String field : t.text()) {
            cases.add(json(t, "100,001 characters in " + field, with(t.body().get(), field,
                    n.textNode("字".repeat(100_001))).toString(), Expect.REJECTED).withStatus(400));
            cases.add(json(t, "5,000 characters in " + field, with(t.body().get(), field,
                    n.textNode("x".repeat(5_000))).toString(), Expect.REJECTED).withStatus(400));
        }
        // 100,000 nested brackets and objects, alone and inside a field
        cases.add(json(t, "100,000 nested arrays", "[".repeat(NESTING) + "]".repeat(NESTING), Expect.REJECTED)
                .withStatus(400));
        cases.add(json(t, "100,000 nested arrays, unclosed", "[".repeat(NESTING), Expect.REJECTED).withStatus(400));
        cases.add(json(t, "100,000 nested objects", "{\"a\":".repeat(NESTING) + "1" + "}".repeat(NESTING),
                Expect.REJECTED).withStatus(400));
        String firstField = t.text().get(0);
        String nested = with(t.body().get(), firstField, n.textNode("@@NESTED@@")).toString()
                .replace("\"@@NESTED@@\"", "[".repeat(NESTING) + "]".repeat(NESTING));
        cases.add(json(t, "100,000 nested arrays in " + firstField, nested, Expect.REJECTED).withStatus(400));
        cases.add(json(t, "65 nested arrays in " + firstField, nested.replace("[".repeat(NESTING), "[".repeat(65))
                .replace("]".repeat(NESTING), "]".repeat(65)), Expect.REJECTED).withStatus(400));
        String valid = t.body().get().toString();
        cases.add(json(t, "body over the size limit (3 MB of spaces)", " ".repeat(3 * 1024 * 1024) + valid,
                Expect.REJECTED).withStatus(413));
        return cases;
    }

    /**
     * 50 MB bodies, never held in memory: declared (Content-Length) and streamed, chunked, and
     * declared with Expect: 100-continue. Filled with JSON white space the reader must get through,
     * or with one endless string.
     */
    private List<Hostile> fiftyMegabytes(Fixture f) {
        byte[] space = " ".getBytes(StandardCharsets.UTF_8);
        byte[] letters = "积分abc".getBytes(StandardCharsets.UTF_8);
        byte[] object = "{\"evidence\":".getBytes(StandardCharsets.UTF_8);
        byte[] string = "{\"evidence\":[{\"id\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] text = new byte[0];
        String evaluations = evaluations(f.evalVillage);
        return List.of(
                streamed("50 MB evaluations, Content-Length", "POST", evaluations, JSON_TYPE,
                        new Streamed(object, space, FIFTY_MB, false, false), 413),
                streamed("50 MB evaluations, chunked white space", "POST", evaluations, JSON_TYPE,
                        new Streamed(object, space, FIFTY_MB, true, false), 413),
                streamed("50 MB evaluations, chunked endless string", "POST", evaluations, JSON_TYPE,
                        new Streamed(string, letters, FIFTY_MB, true, false), 400),
                streamed("50 MB evaluations, Expect: 100-continue", "POST", evaluations, JSON_TYPE,
                        new Streamed(object, space, FIFTY_MB, false, true), 413),
                streamed("50 MB member, chunked", "PUT", memberPath("tanyin", unique("hz-m")), JSON_TYPE,
                        new Streamed("{\"roles\":".getBytes(StandardCharsets.UTF_8), space, FIFTY_MB, true, false), 413),
                streamed("50 MB village, Content-Length", "PUT", villagePath(unique("hz-v")), JSON_TYPE,
                        new Streamed("{\"name\":".getBytes(StandardCharsets.UTF_8), space, FIFTY_MB, false, false), 413),
                streamed("50 MB village, chunked endless name", "PUT", villagePath(unique("hz-v")), JSON_TYPE,
                        new Streamed("{\"name\":\"".getBytes(StandardCharsets.UTF_8), letters, FIFTY_MB, true, false), 400),
                streamed("50 MB publish, chunked", "POST", draft(f.publishVillage) + "/publish", JSON_TYPE,
                        new Streamed("{\"author\":".getBytes(StandardCharsets.UTF_8), space, FIFTY_MB, true, false), 413),
                streamed("50 MB restore, Content-Length", "POST", policy(f.restoreVillage) + "/versions/1/restore",
                        JSON_TYPE, new Streamed(object, space, FIFTY_MB, false, false), 413),
                streamed("50 MB draft file, chunked", "PUT", draftFile(f.filesVillage, "big.drl"), TEXT_UTF8,
                        new Streamed(text, letters, FIFTY_MB, true, false), 413),
                streamed("50 MB draft file, Content-Length", "PUT", draftFile(f.filesVillage, "big.drl"), TEXT_UTF8,
                        new Streamed(text, letters, FIFTY_MB, false, false), 413),
                streamed("50 MB draft file, Expect: 100-continue", "PUT", draftFile(f.filesVillage, "big.drl"),
                        TEXT_UTF8, new Streamed(text, letters, FIFTY_MB, false, true), 413),
                streamed("50 MB to simulate, Content-Length", "POST",
                        draft(f.simulateVillage) + "/simulate?from=2026-10-01&to=2026-11-01", JSON_TYPE,
                        new Streamed(object, space, FIFTY_MB, false, false), 413),
                // an endpoint that reads no body answers and the rest is discarded unread
                new Hostile("50 MB to simulate, chunked and unread", "POST",
                        draft(f.simulateVillage) + "/simulate?from=2026-10-01&to=2026-11-01", JSON_TYPE,
                        new Streamed(object, space, FIFTY_MB, true, false), Map.of(), Expect.EITHER, 0));
    }

    @Autowired
    private MappingJackson2HttpMessageConverter converter;

    @Autowired
    private ObjectMapper sharedMapper;

    @Test
    void theRequestReaderHasReadLimitsAndTheSharedMapperIsUnchanged() throws IOException {
        ObjectMapper reader = converter.getObjectMapper();
        assertThat(reader).isNotSameAs(sharedMapper);
        assertThat(reader.readTree("[".repeat(64) + "]".repeat(64))).isNotNull();
        assertThatThrownBy(() -> reader.readTree("[".repeat(65) + "]".repeat(65)))
                .isInstanceOf(StreamConstraintsException.class);
        assertThatThrownBy(() -> reader.readTree("{\"a\":1,\"a\":2}")).isInstanceOf(JsonParseException.class)
                .hasMessageContaining("Duplicate field 'a'");
        assertThat(reader.getFactory().streamReadConstraints().getMaxStringLength()).isEqualTo(100_000);
        assertThat(reader.getFactory().streamReadConstraints().getMaxDocumentLength()).isEqualTo(2L * 1024 * 1024);
        // stored results are read by the shared mapper, as before
        assertThat(sharedMapper.readTree("{\"a\":1,\"a\":2}").get("a").asInt()).isEqualTo(2);
        assertThat(sharedMapper.readTree("[".repeat(65) + "]".repeat(65))).isNotNull();
    }
}
