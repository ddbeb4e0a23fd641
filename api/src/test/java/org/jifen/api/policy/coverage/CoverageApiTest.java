package org.jifen.api.policy.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jifen.api.policy.draft.PolicyApiTest;
import org.junit.jupiter.api.Test;

/** Coverage of the version in effect: rules fired over its sample cases and over the recent ledger. */
class CoverageApiTest extends PolicyApiTest {

    private static final String SECOND_RULE = """

            rule "参加会议"
                @category("善治")
            when
                $e : Evidence( type == "MEETING", approved )
            then
                award.grant($e, 1, "参加会议");
            end
            """;

    @Test
    void showsWhatFiredInCasesAndWhatNeverTriggeredInTheLedger() {
        String village = newVillage("cover");
        assertThat(putText(draftFile(village, "rules.drl"), RULES + SECOND_RULE).status()).isEqualTo(200);
        assertThat(publish(village, "张三", "两条规则").status()).isEqualTo(201);
        Response before = get(policy(village) + "/coverage?days=30");
        assertThat(before.status()).as(before.raw()).isEqualTo(200);
        assertThat(before.body().path("version").asInt()).isEqualTo(1);
        assertThat(before.body().path("rules").asInt()).isEqualTo(2);
        assertThat(names(before.body().path("neverFiredInCases"))).containsExactly("参加会议");
        assertThat(names(before.body().path("neverTriggered"))).containsExactlyInAnyOrder("打扫卫生", "参加会议");
        JsonNode cleaning = before.body().path("coverage").get(0);
        assertThat(cleaning.path("rule").asText()).isEqualTo("打扫卫生");
        assertThat(cleaning.path("file").asText()).isEqualTo("rules.drl");
        assertThat(cleaning.path("firedInCases").asInt()).isEqualTo(1);

        register(village, "m1");
        clean(village, "m1", "c1");
        clean(village, "m1", "c2");
        Response after = get(policy(village) + "/coverage?days=30");
        assertThat(names(after.body().path("neverTriggered"))).containsExactly("参加会议");
        JsonNode cleaned = after.body().path("coverage").get(0);
        assertThat(cleaned.path("ledgerAwards").asLong()).isEqualTo(2);
        assertThat(cleaned.path("ledgerPoints").asLong()).isEqualTo(4);
        assertThat(cleaned.path("lastAwardedAt").asText()).startsWith("2026-11-18T08:30");
        assertThat(names(get(policy(village) + "/coverage?days=1").body().path("neverTriggered")))
                .as("evidence of 2026-11-18 is outside the last day").contains("打扫卫生");
    }

    @Test
    void badDaysAndNoPolicyAreProblems() {
        String village = newVillage("cover0");
        Response none = get(policy(village) + "/coverage");
        assertThat(none.status()).isEqualTo(404);
        assertThat(publish(village, "张三", "初版").status()).isEqualTo(201);
        Response zero = get(policy(village) + "/coverage?days=0");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.raw()).contains("days");
        assertThat(get(policy(village) + "/coverage?days=367").status()).isEqualTo(400);
        assertThat(get(policy(village) + "/coverage?days=abc").status()).isEqualTo(400);
        assertThat(get(policy(village) + "/coverage").body().path("days").asInt()).isEqualTo(30);
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.asText()));
        return names;
    }
}
