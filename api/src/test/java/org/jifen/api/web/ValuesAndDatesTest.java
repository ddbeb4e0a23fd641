package org.jifen.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile input, values and dates: wrong types for every field, negative, huge and fractional
 * numbers, dates out of the calendar or ahead of the village clock, and the simulation window.
 */
class ValuesAndDatesTest extends HostileInputBase {

    @TestFactory
    Stream<DynamicTest> corpus() {
        Fixture fixture = new Fixture();
        List<Hostile> corpus = new ArrayList<>();
        for (Target target : fixture.targets()) {
            corpus.addAll(values(target));
        }
        corpus.addAll(dates(fixture));
        corpus.addAll(simulations(fixture));
        return run(corpus, 200);
    }

    /** Wrong types, field by field, and numbers out of range. */
    private List<Hostile> values(Target t) {
        List<Hostile> cases = new ArrayList<>();
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

    /** Dates: occurredAt ahead of the village clock or out of the calendar, joinedOn, effectiveFrom. */
    private List<Hostile> dates(Fixture f) {
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
        ObjectNode registration = object(Map.of("householdId", "h-1", "roles", List.of("RESIDENT")));
        for (String date : List.of("9999-12-31", "+999999999-12-31", "0001-01-01", "-000001-01-01", "2026-02-30",
                LocalDateTime.now(shanghai).plusYears(2).toLocalDate().toString(), "1899-12-31")) {
            cases.add(body("member: joinedOn " + date, "PUT", memberPath("tanyin", unique("hz-m")),
                    with(registration, "/joinedOn", n.textNode(date)), Expect.REJECTED, 400));
        }
        // publish: effectiveFrom far away
        for (String when : List.of("+999999999-12-31T00:00", "9999-12-31T23:59:59", "0000-01-01", "-1-01-01",
                "2026-11-18T08:30+99:00", "tomorrow", "2999-12-31")) {
            cases.add(body("publish: effectiveFrom " + when, "POST", draft(f.publishVillage) + "/publish",
                    object(Map.of("author", "张三", "effectiveFrom", when)),
                    when.equals("2999-12-31") ? Expect.EITHER : Expect.REJECTED, 0));
        }
        cases.add(body("member: joinedOn as [year, month, day]", "PUT", memberPath("tanyin", unique("hz-m")),
                with(object(Map.of("householdId", "h-1")), "/joinedOn", n.arrayNode().add(2025).add(1).add(1)),
                Expect.EITHER, 0));
        return cases;
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
}
