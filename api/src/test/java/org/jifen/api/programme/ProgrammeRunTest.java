package org.jifen.api.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jifen.api.evaluation.VillagePolicyTest;
import org.junit.jupiter.api.Test;

/** A quarter's 评星 through the api: dry run, one run that writes, a second that writes nothing, racing runs. */
class ProgrammeRunTest extends VillagePolicyTest {

    private static final String RULES = """
            package village.programmes;

            rule "好事" @category("善治")
            when $e : Evidence( type == "GOOD_DEED", approved ) then award.grant($e, 3, "做好事"); end

            rule "季度星" @programme("QUARTER") @category("评星")
            when $s : Standing( scope == "户", rank <= 1, total > 0, $p : periodName )
            then
                award.honour($s, "季度星");
                award.grant($s, 5, $p + " 季度星奖励");
            end
            """;

    @Test
    void aQuarterRunsOnceWhateverHappens() throws Exception {
        String village = unique("stars");
        publishVillage(village, RULES, "");
        String h1 = unique("h1");
        String m1 = unique("a");
        String m2 = unique("b");
        String m3 = unique("c");
        member(village, m1, h1);
        member(village, m2, h1);
        String h2 = unique("h2");
        member(village, m3, h2);
        deed(village, m1, "2026-02-10T09:00");
        deed(village, m2, "2026-03-10T09:00");
        deed(village, m3, "2026-03-11T09:00");
        deed(village, m3, "2026-05-11T09:00");
        deed(village, m3, "2026-05-12T09:00");

        String run = "/api/v1/villages/" + village + "/programmes/2026-Q1/run";
        Response dry = post(run + "?dryRun=true", Map.of());
        assertThat(dry.status()).as(dry.raw()).isEqualTo(200);
        JsonNode awards = dry.body().path("awards");
        assertThat(awards).hasSize(2);
        assertThat(awards.get(0).path("id").asText()).isEqualTo(h1);
        assertThat(awards.get(0).path("total").asInt()).isEqualTo(6);
        assertThat(awards.get(0).path("written").asBoolean()).isFalse();
        assertThat(programmeRows(village)).isZero();

        Response first = post(run, Map.of());
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.body().path("awards").get(0).path("written").asBoolean()).isTrue();
        assertThat(jdbc.queryForList("SELECT CONCAT(kind, ':', points, ':', member_id, ':', household_id) FROM ledger"
                + " WHERE village_id = ? AND source_id LIKE 'programme:%' ORDER BY kind", String.class, village))
                .containsExactly("AWARD:5:" + first(m1, m2) + ":" + h1, "HONOUR:0:" + first(m1, m2) + ":" + h1);

        // the household's programme award is no evaluation history: its members are still evaluated
        deed(village, first(m1, m2), "2026-04-02T09:00");

        Response second = post(run, Map.of());
        assertThat(second.body().path("alreadyRun").get(0).asText()).as(second.raw()).isEqualTo("季度星");
        assertThat(second.body().path("awards").get(0).path("written").asBoolean()).isFalse();
        assertThat(programmeRows(village)).isEqualTo(2);
        JsonNode unchanged = post(run + "?dryRun=true", Map.of()).body().path("sinceRun");
        assertThat(unchanged).as(unchanged.toString()).hasSize(1);
        assertThat(unchanged.get(0).path("changedSinceRun").asBoolean()).isFalse();

        // late evidence for Q1 puts m3's household first: the run stays, the dry run says what changed
        deed(village, m3, "2026-03-20T09:00");
        deed(village, m3, "2026-03-21T09:00");
        JsonNode changed = post(run + "?dryRun=true", Map.of()).body().path("sinceRun").get(0);
        assertThat(changed.path("rule").asText()).isEqualTo("季度星");
        assertThat(changed.path("changedSinceRun").asBoolean()).as(changed.toString()).isTrue();
        assertThat(changed.path("ids")).extracting(JsonNode::asText).containsExactly(
                h1.compareTo(h2) < 0 ? new String[] {h1, h2} : new String[] {h2, h1});
        assertThat(post(run, Map.of()).body().path("alreadyRun").get(0).asText()).isEqualTo("季度星");
        assertThat(programmeRows(village)).isEqualTo(2);

        // Q2: m3's household leads; eight runs at once write its awards once
        String q2 = "/api/v1/villages/" + village + "/programmes/2026-Q2/run";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Response>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> post(q2, Map.of())));
            }
            for (Future<Response> f : runs) {
                Response r = f.get(120, TimeUnit.SECONDS);
                assertThat(r.status()).as(r.raw()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(programmeRows(village)).isEqualTo(4);
        assertThat(post(run.replace("2026-Q1", "2026-Q5"), Map.of()).status()).isEqualTo(400);
    }

    @Test
    void aRunThatAwardedNothingIsDecidedToo() {
        String village = unique("nostar");
        publishVillage(village, RULES, "");
        String m1 = unique("a");
        member(village, m1, unique("h1"));
        String run = "/api/v1/villages/" + village + "/programmes/2026-Q3/run";
        Response empty = post(run, Map.of());
        assertThat(empty.status()).as(empty.raw()).isEqualTo(200);
        assertThat(empty.body().path("awards")).isEmpty();
        assertThat(jdbc.queryForObject("SELECT entries FROM programme_runs WHERE village_id = ? AND source_id = ?",
                Integer.class, village, "programme:季度星:2026-Q3")).isZero();

        deed(village, m1, "2026-09-20T09:00"); // late evidence would now make a 季度星
        Response again = post(run, Map.of());
        assertThat(again.body().path("alreadyRun").get(0).asText()).as(again.raw()).isEqualTo("季度星");
        assertThat(programmeRows(village)).as("the quarter was decided with no star; it stays so").isZero();
        JsonNode since = post(run + "?dryRun=true", Map.of()).body().path("sinceRun").get(0);
        assertThat(since.path("changedSinceRun").asBoolean()).as(since.toString()).isTrue();
    }

    private static String first(String a, String b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    private long programmeRows(String village) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ledger WHERE village_id = ? AND source_id LIKE 'programme:%'",
                Long.class, village);
    }

    private void member(String village, String member, String household) {
        Response response = put(memberPath(village, member), Map.of("householdId", household,
                "roles", List.of("RESIDENT"), "joinedOn", "2025-01-01"));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }

    private void deed(String village, String member, String at) {
        ObjectNode evidence = JSON.createObjectNode();
        evidence.put("id", unique("gd")).put("type", "GOOD_DEED").put("memberId", member).put("occurredAt", at)
                .put("status", "APPROVED");
        Response response = post(evaluations(village), batch(false, evidence));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.body().path("results").get(0).path("status").asText()).as(response.raw()).isEqualTo("CREDITED");
    }
}
