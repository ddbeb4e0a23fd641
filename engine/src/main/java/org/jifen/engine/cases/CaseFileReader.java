package org.jifen.engine.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jifen.engine.history.HistoryEntry;
import org.jifen.engine.yaml.PlainYaml;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;

/** Reads {@code samples/<village>/*.yaml} in the contract's case format (§5). */
final class CaseFileReader {

    private final String file;
    private final Function<String, String> categoryOfRule;

    /** {@code categoryOfRule} gives a history entry's category from its rule's name. */
    CaseFileReader(String file, Function<String, String> categoryOfRule) {
        this.file = file;
        this.categoryOfRule = categoryOfRule;
    }

    List<SampleCase> read(String text) {
        Object doc;
        try {
            doc = PlainYaml.load(text);
        } catch (PlainYaml.YamlError e) {
            throw new CaseFormatException(file, e.line(), "not valid YAML: " + e.getMessage());
        }
        Map<?, ?> root = doc instanceof Map<?, ?> m ? m : null;
        if (root == null || !(root.get("cases") instanceof List<?> cases)) {
            throw new CaseFormatException(file, 1, "a case file is a mapping with a list under 'cases'");
        }
        List<SampleCase> result = new ArrayList<>();
        for (Object item : cases) {
            result.add(sampleCase(map(item, "a case")));
        }
        return result;
    }

    private SampleCase sampleCase(Map<?, ?> raw) {
        String name = text(raw, "name", null);
        if (name == null) {
            throw error("every case needs a name");
        }
        Member member = member(raw.get("member") == null ? Map.of() : map(raw.get("member"), "member"));
        List<HistoryEntry> history = new ArrayList<>();
        int n = 0;
        for (Object item : list(raw.get("history"), name)) {
            Map<?, ?> h = map(item, "a history entry");
            String rule = required(h, "rule", name);
            history.add(new HistoryEntry("history-" + (++n), required(h, "type", name), rule,
                    categoryOfRule.apply(rule), integer(h, "points", 0, name), time(required(h, "at", name), name)));
        }
        List<Evidence> evidence = new ArrayList<>();
        for (Object item : list(raw.get("evidence"), name)) {
            evidence.add(evidence(map(item, "an evidence"), member.id(), name, evidence.size() + 1));
        }
        if (!raw.containsKey("expect")) {
            throw error("case \"" + name + "\" needs 'expect' (use expect: [] for no award)");
        }
        List<SampleCase.ExpectedAward> expect = new ArrayList<>();
        for (Object item : list(raw.get("expect"), name)) {
            Map<?, ?> e = map(item, "an expected award");
            expect.add(new SampleCase.ExpectedAward(required(e, "evidence", name), required(e, "rule", name),
                    integer(e, "points", 0, name), text(e, "category", null),
                    e.get("requested") == null ? null : integer(e, "requested", 0, name)));
        }
        return new SampleCase(file, name, member, history, evidence, expect);
    }

    private Member member(Map<?, ?> m) {
        List<String> roles = m.containsKey("roles") ? list(m.get("roles"), "member").stream().map(String::valueOf).toList()
                : List.of("RESIDENT");
        String joined = text(m, "joined", null);
        return new Member(text(m, "id", "m1"), text(m, "household", "h1"), Set.copyOf(roles),
                joined == null ? null : date(joined));
    }

    private Evidence evidence(Map<?, ?> e, String memberId, String caseName, int index) {
        Map<String, String> attrs = new LinkedHashMap<>();
        if (e.get("attrs") != null) {
            map(e.get("attrs"), "attrs").forEach((k, v) -> attrs.put(String.valueOf(k), String.valueOf(v)));
        }
        String status = text(e, "status", Evidence.APPROVED).toUpperCase();
        if (!Set.of(Evidence.APPROVED, Evidence.PENDING, Evidence.REJECTED).contains(status)) {
            throw error("case \"" + caseName + "\": status must be APPROVED, PENDING or REJECTED, got " + status);
        }
        return new Evidence(text(e, "id", "e" + index), required(e, "type", caseName), memberId,
                text(e, "reporter", null), time(required(e, "at", caseName), caseName),
                integer(e, "minutes", 0, caseName), integer(e, "quantity", 1, caseName),
                integer(e, "photos", 0, caseName), status, attrs);
    }

    private LocalDateTime time(String text, String caseName) {
        try {
            return text.length() <= 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw error("case \"" + caseName + "\": \"" + text + "\" is not a local date-time like 2026-11-18T08:30");
        }
    }

    private LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error("\"" + text + "\" is not a date like 2026-01-31");
        }
    }

    private Map<?, ?> map(Object value, String what) {
        if (value instanceof Map<?, ?> m) {
            return m;
        }
        throw error(what + " must be a mapping, got: " + value);
    }

    private List<?> list(Object value, String caseName) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> l) {
            return l;
        }
        throw error("case \"" + caseName + "\": expected a list, got: " + value);
    }

    private String required(Map<?, ?> m, String key, String caseName) {
        String value = text(m, key, null);
        if (value == null) {
            throw error("case \"" + caseName + "\": '" + key + "' is required in " + m);
        }
        return value;
    }

    private int integer(Map<?, ?> m, String key, int fallback, String caseName) {
        Object value = m.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            throw error("case \"" + caseName + "\": '" + key + "' must be a whole number, got " + value);
        }
    }

    private static String text(Map<?, ?> m, String key, String fallback) {
        Object value = m.get(key);
        return value == null ? fallback : String.valueOf(value);
    }

    private CaseFormatException error(String message) {
        return new CaseFormatException(file, 0, message);
    }
}
