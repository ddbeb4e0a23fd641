package org.jifen.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.jifen.api.policy.PolicyFaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A version whose evaluations keep tripping a runtime guard is marked FAULTY once: shown with a
 * plain Chinese reason by GET …/policy and …/versions, logged at WARN once, audited once. It keeps
 * serving its village (confined to one pool thread); publishing a fixed version ends the mark.
 */
@ExtendWith(OutputCaptureExtension.class)
class FaultyVersionTest extends BulkheadTest {

    /** Rule "炸弹" matches every triple of Tally facts: with 16 of them, 4,096 firings, past the guard's 1,000. */
    private static final String BOMB_DRL = """
            package village.bomb;

            rule "记录" @category("测试")
            when
                $e : Evidence( type != "BOMB", type != "NOTHING" )
            then
                award.grant($e, 1, "记录");
            end

            rule "炸弹" @category("测试")
            when
                $e : Evidence( type == "BOMB" )
                Tally( $k : key )
                Tally( $p : period )
                Tally( )
            then
                award.grant($e, 1, "炸弹");
            end
            """;

    @Autowired
    private PolicyFaults faults;

    @Test
    void aVersionThatKeepsTrippingGuardsIsMarkedFaultyOnceAndKeepsServing(CapturedOutput output) {
        String village = unique("faulty");
        publishVillage(village, BOMB_DRL, "");
        String member = unique("m");
        memberWithHistory(village, member, 3);
        String policy = "/api/v1/villages/" + village + "/policy";
        assertThat(get(policy).body().has("fault")).isFalse();

        for (int round = 0; round < 2; round++) {
            ObjectNode[] bombs = new ObjectNode[5];
            for (int i = 0; i < bombs.length; i++) {
                bombs[i] = evidence(unique("b"), "BOMB", member);
            }
            Response response = post(evaluations(village), batch(false, bombs));
            assertThat(response.status()).as(response.raw()).isEqualTo(422);
            assertThat(response.body().path("results").findValuesAsText("status")).containsOnly("FAILED");
        }

        JsonNode fault = get(policy).body().path("fault");
        assertThat(fault.path("status").asText()).isEqualTo("FAULTY");
        assertThat(fault.path("failures").asInt()).isEqualTo(5);
        assertThat(fault.path("since").asText()).endsWith("+08:00");
        assertThat(fault.path("reason").asText()).contains("第 1 版积分规则", "5 条证据评估失败",
                "触发规则的次数超过上限", "规则“炸弹”", "仍在使用", "发布新版本");
        JsonNode listed = get(policy + "/versions").body().path("versions").get(0);
        assertThat(listed.path("fault").path("status").asText()).isEqualTo("FAULTY");
        assertThat(faults.isFaulty(village, 1)).isTrue();

        assertThat(jdbc.queryForList("SELECT role FROM audit_log WHERE village_id = ? AND action = 'POLICY_FAULTY'",
                String.class, village)).as("audited once, by the service").containsExactly("SYSTEM");
        assertThat(output.getAll().split("village " + village + ": policy version 1 is marked faulty", -1))
                .as("logged once").hasSize(2);
        assertThat(output.getAll()).contains("WARN");

        Response still = post(evaluations(village), batch(false, evidence(unique("ok"), "T0", member)));
        assertThat(still.status()).as("the faulty version keeps serving").isEqualTo(200);
        assertThat(still.body().path("results").get(0).path("policyVersion").asInt()).isEqualTo(1);

        String draft = "/api/v1/villages/" + village + "/policy/draft/files/";
        assertThat(as(ADMIN_KEY).putText(draft + "rules.drl", BOMB_DRL.replace("Tally( )\n", "")).status())
                .isEqualTo(200);
        Response fixed = post(policy + "/draft/publish", Map.of("author", "测试", "comment", "修正"));
        assertThat(fixed.status()).as(fixed.raw()).isEqualTo(201);
        JsonNode active = get(policy).body();
        assertThat(active.path("version").asInt()).isEqualTo(2);
        assertThat(active.has("fault")).as("a new version starts unmarked").isFalse();
    }
}
