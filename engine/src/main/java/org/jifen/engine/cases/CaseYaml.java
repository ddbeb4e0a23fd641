package org.jifen.engine.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Reads the values of a case file's YAML, reporting the case's name in every problem. */
final class CaseYaml {

    private final String file;

    CaseYaml(String file) {
        this.file = file;
    }

    LocalDateTime time(String text, String caseName) {
        try {
            return text.length() <= 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw error("case \"" + caseName + "\": \"" + text + "\" is not a local date-time like 2026-11-18T08:30");
        }
    }

    LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error("\"" + text + "\" is not a date like 2026-01-31");
        }
    }

    Map<?, ?> map(Object value, String what) {
        if (value instanceof Map<?, ?> m) {
            return m;
        }
        throw error(what + " must be a mapping, got: " + value);
    }

    List<?> list(Object value, String caseName) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> l) {
            return l;
        }
        throw error("case \"" + caseName + "\": expected a list, got: " + value);
    }

    String required(Map<?, ?> m, String key, String caseName) {
        String value = text(m, key, null);
        if (value == null) {
            throw error("case \"" + caseName + "\": '" + key + "' is required in " + m);
        }
        return value;
    }

    int integer(Map<?, ?> m, String key, int fallback, String caseName) {
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

    Integer optionalInteger(Map<?, ?> m, String key, String caseName) {
        return m.get(key) == null ? null : integer(m, key, 0, caseName);
    }

    static String text(Map<?, ?> m, String key, String fallback) {
        Object value = m.get(key);
        return value == null ? fallback : String.valueOf(value);
    }

    CaseFormatException error(String message) {
        return new CaseFormatException(file, 0, message);
    }
}
