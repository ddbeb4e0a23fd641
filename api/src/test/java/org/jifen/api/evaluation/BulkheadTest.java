package org.jifen.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jifen.api.ApiTest;

/**
 * Base of the bulkhead tests: villages published through the draft API, one with a policy that is
 * slow but allowed, members with a long history, and batches of evidence for them.
 */
public abstract class BulkheadTest extends ApiTest {

    /** History types of a member of the slow village: with SLOW and the two rule names, 10 Tally keys. */
    protected static final int SLOW_HISTORY = 7;

    /** The day all history and evidence of these tests fall on (so every Tally period counts it). */
    protected static final String DAY = "2026-11-18";

    /**
     * Slow but allowed: only plain patterns (no eval, function, call or cast). Rule "慢" joins four
     * unconstrained Tally patterns, so an evidence costs N⁴ join steps for a member with N Tally facts
     * (4 periods per evidence type and rule name): with {@link #SLOW_HISTORY} history types N is 40,
     * some 2.6 million steps, 60–100 ms on a quiet core. (Not more: a join cannot be halted, and
     * past its 2 s guard the watchdog stops the thread, which on a shared, loaded test machine must
     * not happen.) It never fires; rule "慢证据" credits 1 point per SLOW evidence, so each credited
     * one has exactly one ledger row.
     */
    protected static final String SLOW_DRL = """
            package village.slow;

            rule "记录" @category("测试")
            when
                $e : Evidence( type != "SLOW", type != "NOTHING" )
            then
                award.grant($e, 1, "记录");
            end

            rule "慢证据" @category("测试")
            when
                $e : Evidence( type == "SLOW" )
            then
                award.grant($e, 1, "慢证据");
            end

            rule "慢" @category("测试")
            when
                $e : Evidence( type == "SLOW" )
                Tally( $a : points )
                Tally( $b : points )
                Tally( $c : points )
                Tally( points > $a + $b + $c + 1000000 )
            then
                award.grant($e, 1, "慢");
            end
            """;

    /** One rule: 2 points for a PATROL. */
    protected static final String FAST_DRL = """
            package village.fast;

            rule "巡逻" @category("平安建设")
            when
                $e : Evidence( type == "PATROL" )
            then
                award.grant($e, 2, "巡逻");
            end
            """;

    protected static final String CASES = """
            cases:
              - name: 不相关的证据 不得分
                evidence:
                  - { id: e1, type: NOTHING, at: "2026-11-16T08:00" }
                expect: []
            """;

    /** Creates {@code village} and publishes {@code drl} with {@code cases} through the draft API. */
    protected void publishVillage(String village, String drl, String cases) {
        Response created = put("/api/v1/villages/" + village, Map.of("name", "隔离测试村", "region", "测试"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String draft = "/api/v1/villages/" + village + "/policy/draft/files/";
        String yaml = "id: " + village + "\nname: 隔离测试村\nregion: 测试\ntimezone: Asia/Shanghai\n";
        assertThat(as(ADMIN_KEY).putText(draft + "village.yaml", yaml).status()).isIn(200, 201);
        assertThat(as(ADMIN_KEY).putText(draft + "rules.drl", drl).status()).isEqualTo(201);
        assertThat(as(ADMIN_KEY).putText(draft + "cases.yaml", cases).status()).isEqualTo(201);
        Response published = post("/api/v1/villages/" + village + "/policy/draft/publish",
                Map.of("author", "测试", "comment", "bulkhead test"));
        assertThat(published.status()).as(published.raw()).isEqualTo(201);
    }

    /** Registers {@code member} and credits one evidence of each of {@code types} history types on {@link #DAY}. */
    protected void memberWithHistory(String village, String member, int types) {
        register(village, member);
        List<ObjectNode> seed = new ArrayList<>();
        for (int i = 0; i < types; i++) {
            seed.add(evidence(unique("seed"), "T" + i, member));
        }
        Response response = post(evaluations(village), batch(false, seed.toArray(ObjectNode[]::new)));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }

    /** An approved evidence of {@code type} on {@link #DAY}. */
    protected static ObjectNode evidence(String id, String type, String member) {
        ObjectNode evidence = JSON.createObjectNode();
        evidence.put("id", id).put("type", type).put("memberId", member).put("occurredAt", DAY + "T09:00")
                .put("status", "APPROVED");
        return evidence;
    }

    /** {@code count} SLOW evidence for {@code member}, ids {@code prefix-0} on. */
    protected static ObjectNode slowBatch(String prefix, String member, int count) {
        ObjectNode[] items = new ObjectNode[count];
        for (int i = 0; i < count; i++) {
            items[i] = evidence(prefix + "-" + i, "SLOW", member);
        }
        return batch(false, items);
    }
}
