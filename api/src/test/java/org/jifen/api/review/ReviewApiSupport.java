package org.jifen.api.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.jifen.api.policy.draft.PolicyApiTest;

/**
 * A published village for review, reversal and adjustment tests. Its policy: CLEANING +2 (弘德, at
 * most 2 a day), BIG_CLEAN +8 (弘德), LITTERING -3 (守法), and for MEETING a points-list row
 * worth 2 that does not require approval (pending evidence earns it at submission) plus a DRL rule
 * worth 1 more once approved with a photo (the photo condition tells the two apart for the static
 * double-award check). Evidence above 5 points needs two reviewers; every evidence here has a photo.
 */
public abstract class ReviewApiSupport extends PolicyApiTest {

    protected static final String DRL = """
            package village.review;

            rule "打扫卫生"
                @category("弘德")
                @maxTimes("2/DAY")
            when
                $e : Evidence( type == "CLEANING", approved )
            then
                award.grant($e, 2, "打扫公共卫生");
            end

            rule "组织大扫除"
                @category("弘德")
            when
                $e : Evidence( type == "BIG_CLEAN", approved )
            then
                award.grant($e, 8, "组织全村大扫除");
            end

            rule "乱扔垃圾"
                @category("守法")
            when
                $e : Evidence( type == "LITTERING", approved )
            then
                award.deduct($e, 3, "乱扔垃圾");
            end

            rule "说事会 审核确认"
                @category("善治")
            when
                $e : Evidence( type == "MEETING", approved, photos > 0 )
            then
                award.grant($e, 1, "出席经审核确认");
            end
            """;

    protected static final String POINTS_LIST = """
            item,type,points,category,max_times,max_points,roles,requires_approval,min_minutes
            参加村民说事会,MEETING,2,善治,,,,false,
            """;

    protected static final String REVIEW_CASES = """
            cases:
              - name: 打扫卫生 得2分
                evidence:
                  - { id: e1, type: CLEANING, at: "2026-11-18T08:30" }
                expect:
                  - { evidence: e1, rule: "打扫卫生", points: 2, category: 弘德 }
            """;

    protected static final String DAY = "2026-11-18";

    private final Map<String, String> reviewerKeys = new ConcurrentHashMap<>();

    /** A fresh published village with the policy above; version 1. */
    protected String reviewVillage() {
        String village = newVillage("rv");
        assertThat(putText(draftFile(village, "village.yaml"), villageYaml(village)
                + "settings:\n  review.secondReviewerAbove: \"5\"\n").status()).isIn(200, 201);
        assertThat(putText(draftFile(village, "rules.drl"), DRL).status()).isIn(200, 201);
        assertThat(putText(draftFile(village, "points-list.csv"), POINTS_LIST).status()).isIn(200, 201);
        assertThat(putText(draftFile(village, "cases.yaml"), REVIEW_CASES).status()).isIn(200, 201);
        Response published = publish(village, "审核员", "审核测试");
        assertThat(published.status()).as(published.raw()).isEqualTo(201);
        return village;
    }

    protected static ObjectNode evidence(String id, String type, String member, String occurredAt, String status) {
        return JSON.createObjectNode().put("id", id).put("type", type).put("memberId", member)
                .put("occurredAt", occurredAt).put("photos", 1).put("status", status);
    }

    /** Submits one evidence; returns its result. */
    protected JsonNode submit(String village, ObjectNode evidence) {
        Response response = post(evaluations(village), batch(false, evidence));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body().path("results").get(0);
    }

    /** Submits PENDING evidence of {@code type} at {@code DAY}T{@code time}; returns its id. */
    protected String pending(String village, String member, String type, String time) {
        String id = unique("ev");
        JsonNode result = submit(village, evidence(id, type, member, DAY + "T" + time, "PENDING"));
        assertThat(result.path("status").asText()).as(result.toString()).isEqualTo("CREDITED");
        return id;
    }

    protected static String v(String village) {
        return "/api/v1/villages/" + seg(village);
    }

    /**
     * {@code reviewer} decides with their own REVIEWER key of the village (created on first use):
     * the reviewer recorded is the key's holder, so each name stands for one person with one key.
     */
    protected Response review(String village, String evidenceId, String decision, String reviewer) {
        return reviewAs(reviewerKey(village, reviewer), village, evidenceId, decision);
    }

    /** A decision sent with {@code key}, without a reviewer field: the key's holder decides. */
    protected Response reviewAs(String key, String village, String evidenceId, String decision) {
        return as(key).post(v(village) + "/evidence/" + seg(evidenceId) + "/review",
                Map.of("decision", decision, "note", "照片清楚"));
    }

    /** The REVIEWER key of {@code village} held by {@code holder}, created on first use. */
    protected String reviewerKey(String village, String holder) {
        return reviewerKeys.computeIfAbsent(village + "/" + holder, k -> createKey(Map.of("name", "审核 " + holder,
                "holder", holder, "role", "REVIEWER", "villages", List.of(village))));
    }

    protected Response reverseEntry(String village, long entry, String key) {
        return post(v(village) + "/ledger/" + entry + "/reversal", reversal(key));
    }

    protected Response reverseEvidence(String village, String evidenceId, String key) {
        return post(v(village) + "/evidence/" + seg(evidenceId) + "/reversal", reversal(key));
    }

    protected static Map<String, Object> reversal(String key) {
        return Map.of("requestKey", key, "reason", "误判：照片不是本人"); // the operator is the key's holder
    }

    protected Response adjust(String village, String key, String member, int points, String category) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("requestKey", key);
        body.put("memberId", member);
        body.put("points", points);
        body.put("category", category);
        body.put("reason", "村民代表大会决定");
        return post(v(village) + "/adjustments", body);
    }

    protected JsonNode balance(String village, String member) {
        Response response = get(memberPath(village, member) + "/balance");
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body();
    }

    /** The entry ids of the member's entries of {@code kind}, oldest first. */
    protected List<Long> entries(String village, String member, String kind) {
        return jdbc.queryForList("SELECT entry_id FROM ledger WHERE village_id = ? AND member_id = ? AND kind = ?"
                + " ORDER BY entry_id", Long.class, village, member, kind);
    }

    protected long auditCount(String village, String action) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE village_id = ? AND action = ?", Long.class,
                village, action);
    }

    /** Runs {@code threads} calls at once (all released together) and returns their responses. */
    protected static List<Response> race(int threads, IntFunction<Supplier<Response>> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Supplier<Response> request = call.apply(i);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return request.get();
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get(180, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}
