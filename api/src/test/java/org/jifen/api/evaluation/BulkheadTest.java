package org.jifen.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Base of the bulkhead tests: villages published through the draft API, one with a policy that is
 * slow but allowed, members with a long history, and batches of evidence for them.
 */
public abstract class BulkheadTest extends VillagePolicyTest {

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
