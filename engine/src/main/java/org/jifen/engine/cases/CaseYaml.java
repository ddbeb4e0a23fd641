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
            throw error(CaseYaml.of(caseName) + "「" + text + "」不是日期时间，应写成 2026-11-18T08:30 这样");
        }
    }

    LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error("「" + text + "」不是日期，应写成 2026-01-31 这样");
        }
    }

    Map<?, ?> map(Object value, String what) {
        if (value instanceof Map<?, ?> m) {
            return m;
        }
        throw error(what + "应是「键: 值」的映射，实为：" + value);
    }

    List<?> list(Object value, String caseName) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> l) {
            return l;
        }
        throw error(CaseYaml.of(caseName) + "这里应是列表（每项以 - 开头），实为：" + value);
    }

    String required(Map<?, ?> m, String key, String caseName) {
        String value = text(m, key, null);
        if (value == null) {
            throw error(CaseYaml.of(caseName) + "缺少必填项 " + key + "：" + m);
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
            throw error(CaseYaml.of(caseName) + key + " 应是整数，实为 " + value);
        }
    }

    Integer optionalInteger(Map<?, ?> m, String key, String caseName) {
        return m.get(key) == null ? null : integer(m, key, 0, caseName);
    }

    static String text(Map<?, ?> m, String key, String fallback) {
        Object value = m.get(key);
        return value == null ? fallback : String.valueOf(value);
    }

    /** How a message names the case: 案例「name」：. */
    static String of(String caseName) {
        return "案例「" + caseName + "」：";
    }

    CaseFormatException error(String message) {
        return new CaseFormatException(file, 0, message);
    }
}
