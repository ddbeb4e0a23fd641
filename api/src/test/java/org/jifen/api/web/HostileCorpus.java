package org.jifen.api.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The types and constants of the hostile input corpus, shared by its test classes. */
interface HostileCorpus {

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

    /** A JSON write endpoint: how to make a fresh valid request, and the fields by JSON type (JSON pointers). */
    record Target(String name, String method, Supplier<String> path, Supplier<ObjectNode> body, List<String> text,
            List<String> numbers, List<String> booleans, List<String> arrays, List<String> objects,
            List<String> dates) {
    }

    /** Strings that show internals when a client did not send them. */
    List<String> LEAKS = List.of("Exception", "org.", "java.", "javax.", "SQL", "jdbc",
            "Caused by", "\tat ", ".java:", "mybatis", "MyBatis", "Hikari", "MariaDB", "com.fasterxml", "jakarta.",
            "springframework", "StreamReadConstraints");

    long FIFTY_MB = 50L * 1024 * 1024;
    int NESTING = 100_000;
    String JSON_TYPE = "application/json";
    String TEXT_UTF8 = "text/plain; charset=utf-8";
}
