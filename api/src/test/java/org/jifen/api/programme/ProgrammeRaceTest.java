package org.jifen.api.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jifen.api.evaluation.VillagePolicyTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A programme run under concurrent evaluations: 8 threads post evidence for the quarter over the
 * members of four households while six runs of the quarter race. Every evaluation is credited once,
 * the programme's entries are written once per rule and period, and every run saw each household's
 * total between its total before the evaluations and after them. The village may run 8 batches at
 * once (by default a 2-core machine runs one batch of a village at a time).
 */
@TestPropertySource(properties = {"jifen.evaluation.threads=8", "jifen.evaluation.village-threads=8"})
class ProgrammeRaceTest extends VillagePolicyTest {

    private static final int THREADS = 8;
    private static final int REQUESTS = 8;
    private static final int RUNS = 6;

    private static final String RULES = """
            package village.racing;

            rule "好事" @category("善治")
            when $e : Evidence( type == "GOOD_DEED", approved ) then award.grant($e, 1, "做好事"); end

            rule "季度参评" @programme("QUARTER") @category("评星")
            when $s : Standing( scope == "户" ) then award.honour($s, "季度参评"); end

            rule "季度星" @programme("QUARTER") @category("评星")
            when $s : Standing( scope == "户", rank <= 1, total > 0 ) then award.grant($s, 5, "季度星奖励"); end
            """;

    @Test
    void aRunAmongEvaluationsSeesConsistentTotalsAndWritesOnce() throws Exception {
        String village = unique("race");
        publishVillage(village, RULES, "");
        List<String> members = new ArrayList<>();
        Map<String, String> householdOf = new HashMap<>();
        for (int m = 0; m < 8; m++) {
            String member = unique("rm" + m);
            String household = "h" + (m % 4);
            members.add(member);
            householdOf.put(member, household);
            Response response = put(memberPath(village, member), Map.of("householdId", household,
                    "roles", List.of("RESIDENT"), "joinedOn", "2025-01-01"));
            assertThat(response.status()).as(response.raw()).isEqualTo(200);
            assertThat(post(evaluations(village), batch(false, deed(member, 0, m))).status()).isEqualTo(200);
        }
        Map<String, Integer> before = Map.of("h0", 2, "h1", 2, "h2", 2, "h3", 2);
        Map<String, Integer> after = new HashMap<>(before);

        String run = "/api/v1/villages/" + village + "/programmes/2026-Q1/run";
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + RUNS);
        AtomicInteger evaluated = new AtomicInteger();
        CountDownLatch underway = new CountDownLatch(THREADS);
        List<Future<Response>> evaluations = new ArrayList<>();
        List<Future<Response>> runs = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                for (int i = 0; i < REQUESTS; i++) {
                    String a = members.get((t + i) % 8);
                    String b = members.get((t + i + 3) % 8);
                    after.merge(householdOf.get(a), 1, Integer::sum);
                    after.merge(householdOf.get(b), 1, Integer::sum);
                }
                int thread = t;
                evaluations.add(pool.submit(() -> {
                    Response last = null;
                    for (int i = 0; i < REQUESTS; i++) {
                        last = post(evaluations(village), batch(false,
                                deed(members.get((thread + i) % 8), thread + 1, i * 2),
                                deed(members.get((thread + i + 3) % 8), thread + 1, i * 2 + 1)));
                        if (last.status() != 200 || !last.body().path("results").findValuesAsText("status").stream()
                                .allMatch("CREDITED"::equals)) {
                            return last;
                        }
                        evaluated.addAndGet(2);
                        underway.countDown();
                    }
                    return last;
                }));
            }
            assertThat(underway.await(60, TimeUnit.SECONDS)).isTrue();
            for (int r = 0; r < RUNS; r++) {
                runs.add(pool.submit(() -> post(run, Map.of())));
            }
            for (Future<Response> f : evaluations) {
                Response last = f.get(180, TimeUnit.SECONDS);
                assertThat(last.status()).as(last.raw()).isEqualTo(200);
                assertThat(last.body().path("results").findValuesAsText("status")).as(last.raw())
                        .containsOnly("CREDITED");
            }
            int total = THREADS * REQUESTS * 2;
            assertThat(evaluated.get()).isEqualTo(total);
            int writers = 0;
            for (Future<Response> f : runs) {
                Response response = f.get(180, TimeUnit.SECONDS);
                assertThat(response.status()).as(response.raw()).isEqualTo(200);
                for (JsonNode line : response.body().path("awards")) {
                    if (line.path("rule").asText().equals("季度参评")) {
                        String h = line.path("id").asText();
                        assertThat(line.path("total").asInt()).as(response.raw())
                                .isBetween(before.get(h), after.get(h));
                    }
                }
                writers += response.body().path("awards").findValuesAsText("written").contains("true") ? 1 : 0;
            }
            assertThat(writers).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger WHERE village_id = ? AND kind = 'AWARD' AND "
                    + "(source_id IS NULL OR source_id NOT LIKE 'programme:%')", Long.class, village)).isEqualTo(8L + total);
            assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT evidence_id) FROM ledger WHERE village_id = ? AND "
                    + "kind = 'AWARD' AND (source_id IS NULL OR source_id NOT LIKE 'programme:%')", Long.class, village)).isEqualTo(8L + total);
            assertThat(jdbc.queryForList("SELECT household_id FROM ledger WHERE village_id = ? AND source_id = ?"
                    + " ORDER BY household_id", String.class, village, "programme:季度参评:2026-Q1"))
                    .containsExactly("h0", "h1", "h2", "h3");
            List<String> stars = jdbc.queryForList("SELECT household_id FROM ledger WHERE village_id = ? AND "
                    + "source_id = ?", String.class, village, "programme:季度星:2026-Q1");
            assertThat(stars).isNotEmpty().doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        Response settled = post(run + "?dryRun=true", Map.of());
        assertThat(settled.body().path("alreadyRun")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("季度参评", "季度星");
        for (JsonNode line : settled.body().path("awards")) {
            if (line.path("rule").asText().equals("季度参评")) {
                assertThat(line.path("total").asInt()).isEqualTo(after.get(line.path("id").asText()));
            }
        }
    }

    private static ObjectNode deed(String member, int thread, int i) {
        ObjectNode evidence = JSON.createObjectNode();
        evidence.put("id", "gd-" + member + "-" + thread + "-" + i).put("type", "GOOD_DEED").put("memberId", member)
                .put("occurredAt", "2026-%02d-%02dT%02d:%02d".formatted(1 + thread % 3, 1 + i % 28, 8 + thread, i % 60))
                .put("status", "APPROVED");
        return evidence;
    }
}
