package org.jifen.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A request's budget covers all its evidence: a 1,000-evidence batch against a slow but allowed
 * policy ends within the budget (10 s by default) plus a margin, the evidence evaluated before it
 * ran out are written whole, the rest are NOT_EVALUATED with a plain reason and have nothing
 * written; sent again, they are evaluated and the earlier ones replay. The awards of a request are
 * budgeted the same way.
 */
class BatchBudgetTest extends BulkheadTest {

    /** Past the budget: an evaluation in flight finishes (its own guard bounds it), then history, writes, JSON. */
    private static final Duration MARGIN = Duration.ofSeconds(5);

    @Autowired
    private EvaluationSettings settings;

    @Test
    void aThousandEvidenceBatchEndsWithinItsBudgetAndWritesOnlyWhatItEvaluated() {
        String village = unique("budget");
        publishVillage(village, SLOW_DRL, "");
        String member = unique("m");
        memberWithHistory(village, member, SLOW_HISTORY);
        String prefix = unique("s");

        long start = System.nanoTime();
        Response response = post(evaluations(village), slowBatch(prefix, member, 1_000));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isLessThan(settings.budget().time().plus(MARGIN));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        List<String> credited = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (JsonNode result : response.body().path("results")) {
            String status = result.path("status").asText();
            if (status.equals("CREDITED")) {
                assertThat(left).as("evaluated evidence come first, in request order").isEmpty();
                credited.add(result.path("evidenceId").asText());
            } else {
                assertThat(status).isEqualTo("NOT_EVALUATED");
                assertThat(result.path("detail").asText()).contains("评估时间已达上限 10 秒", "没有写入", "重新提交");
                assertThat(result.has("awards")).isFalse();
                left.add(result.path("evidenceId").asText());
            }
        }
        assertThat(credited).isNotEmpty();
        assertThat(left).as("a slow policy cannot evaluate 1,000 evidence in 10 s").isNotEmpty();
        assertThat(credited.size() + left.size()).isEqualTo(1_000);

        long storedEvidence = jdbc.queryForObject("SELECT COUNT(*) FROM evidence WHERE village_id = ? AND evidence_id LIKE ?",
                Long.class, village, prefix + "-%");
        long storedLedger = jdbc.queryForObject("SELECT COUNT(*) FROM ledger WHERE village_id = ? AND evidence_id LIKE ?",
                Long.class, village, prefix + "-%");
        assertThat(storedEvidence).as("evidence rows: exactly the evaluated ones").isEqualTo(credited.size());
        assertThat(storedLedger).as("one ledger row per evaluated evidence, none for the rest").isEqualTo(credited.size());
        assertThat(evidenceRows(village, left.get(0))).isZero();

        Response again = post(evaluations(village), slowBatch(prefix, member, credited.size() + 3));
        assertThat(again.status()).as(again.raw()).isEqualTo(200);
        JsonNode results = again.body().path("results");
        assertThat(results.get(0).path("replayed").asBoolean()).isTrue();
        for (int i = credited.size(); i < credited.size() + 3; i++) {
            assertThat(results.get(i).path("status").asText()).as("left out before, evaluated now").isEqualTo("CREDITED");
            assertThat(results.get(i).path("replayed").asBoolean()).isFalse();
        }
        assertThat(ledgerRows(village, member)).isEqualTo(SLOW_HISTORY + credited.size() + 3L);
    }

    @Test
    void theAwardBudgetCountsAcrossTheBatch() {
        String village = unique("awards");
        publishVillage(village, MANY_DRL, "");
        String member = unique("m");
        memberWithHistory(village, member, 6);
        String prefix = unique("a");
        ObjectNode[] items = new ObjectNode[100];
        for (int i = 0; i < items.length; i++) {
            items[i] = evidence(prefix + "-" + i, "MANY", member);
        }
        Response response = post(evaluations(village), batch(false, items));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        List<String> statuses = response.body().path("results").findValuesAsText("status");
        int credited = statuses.indexOf("NOT_EVALUATED");
        assertThat(credited).as("some evidence were evaluated, then the awards ran out").isPositive();
        assertThat(statuses.subList(credited, statuses.size())).containsOnly("NOT_EVALUATED");
        assertThat(response.body().path("results").get(credited).path("detail").asText())
                .contains("奖励总条数已达上限 " + settings.budget().awards() + " 条");
        long awards = jdbc.queryForObject("SELECT COUNT(*) FROM ledger WHERE village_id = ? AND evidence_id LIKE ?",
                Long.class, village, prefix + "-%");
        assertThat(awards).isBetween((long) settings.budget().awards(), settings.budget().awards() + 1_000L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evidence WHERE village_id = ? AND evidence_id LIKE ?",
                Long.class, village, prefix + "-%")).isEqualTo(credited);
    }

    /** Rule "多" awards once per pair of Tally facts with the same key: 16 per key (four periods squared). */
    private static final String MANY_DRL = """
            package village.many;

            rule "记录" @category("测试")
            when
                $e : Evidence( type != "MANY", type != "NOTHING" )
            then
                award.grant($e, 1, "记录");
            end

            rule "多" @category("测试")
            when
                $e : Evidence( type == "MANY" )
                Tally( $k : key )
                Tally( key == $k )
            then
                award.grant($e, 1, "多");
            end
            """;
}
