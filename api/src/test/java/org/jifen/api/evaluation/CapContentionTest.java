package org.jifen.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.jifen.api.ApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.context.TestPropertySource;

/**
 * 64 concurrent evidence for one member against every kind of cap (a rule's @maxTimes, its
 * @maxPoints with trimming, a category cap over two rules, a penalty's @maxTimes): exactly the cap
 * is credited, and every request is answered 200 (no deadlock or lock timeout reaches a client).
 * The village may run 8 batches at once (by default a 2-core machine runs one batch of a village
 * at a time, and no race would happen).
 */
@TestPropertySource(properties = {"jifen.evaluation.threads=8", "jifen.evaluation.village-threads=8"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CapContentionTest extends ApiTest {

    private static final int THREADS = 64;

    private static final String RULES = """
            package village.contention;

            rule "巡逻" @category("平安建设") @maxTimes("3/WEEK")
            when $e : Evidence( type == "PATROL", approved ) then award.grant($e, 3, "巡逻"); end

            rule "志愿" @category("志愿") @maxPoints("10/WEEK")
            when $e : Evidence( type == "VOLUNTEER", approved ) then award.grant($e, 6, "志愿服务"); end

            rule "清洁" @category("环境卫生") salience 10
            when $e : Evidence( type == "CLEANING", approved ) then award.grant($e, 4, "清洁"); end

            rule "清洁 满1小时" @category("环境卫生")
            when $e : Evidence( type == "CLEANING", approved, minutes >= 60 ) then award.grant($e, 2, "满1小时"); end

            rule "乱扔垃圾" @category("守法") @maxTimes("2/MONTH")
            when $e : Evidence( type == "LITTERING", approved ) then award.deduct($e, 5, "乱扔垃圾"); end
            """;

    private static final String CASES = """
            cases:
              - name: 不相关的证据 不得分
                evidence:
                  - { id: e1, type: NOTHING, at: "2026-11-16T08:00" }
                expect: []
            """;

    private String village;

    @BeforeAll
    void publishVillage() {
        village = unique("contention");
        Response created = put("/api/v1/villages/" + village, Map.of("name", "争用测试村", "region", "测试"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String yaml = "id: " + village + "\nname: 争用测试村\nregion: 测试\ntimezone: Asia/Shanghai\n"
                + "caps:\n  环境卫生: 20/WEEK\n";
        String draft = "/api/v1/villages/" + village + "/policy/draft/files/";
        assertThat(as(ADMIN_KEY).putText(draft + "village.yaml", yaml).status()).isIn(200, 201);
        assertThat(as(ADMIN_KEY).putText(draft + "caps.drl", RULES).status()).isEqualTo(201);
        assertThat(as(ADMIN_KEY).putText(draft + "cases.yaml", CASES).status()).isEqualTo(201);
        Response published = post("/api/v1/villages/" + village + "/policy/draft/publish",
                Map.of("author", "测试", "comment", "caps under contention"));
        assertThat(published.status()).as(published.raw()).isEqualTo(201);
    }

    @Test
    void maxTimesCreditsExactlyThree() throws Exception {
        String member = race(i -> evidence("PATROL", i));
        assertLedger(member, "巡逻", 3, 9);
    }

    @Test
    void maxPointsCreditsExactlyTenTrimmingTheLastAward() throws Exception {
        String member = race(i -> evidence("VOLUNTEER", i));
        assertLedger(member, "志愿", 2, 10);
        assertThat(jdbc.queryForList("SELECT points FROM ledger WHERE village_id = ? AND member_id = ? AND requested > points",
                Integer.class, village, member)).containsExactly(4);
    }

    @Test
    void categoryCapCreditsExactlyTwentyOverTwoRules() throws Exception {
        String member = race(i -> evidence("CLEANING", i));
        assertThat(sum(member, "category = '环境卫生'")).isEqualTo(20);
        assertThat(ledgerRows(village, member)).isEqualTo(7); // 4+2, 4+2, 4+2, then 4 trimmed to 2
    }

    @Test
    void penaltyMaxTimesDeductsExactlyTwice() throws Exception {
        String member = race(i -> evidence("LITTERING", i));
        assertLedger(member, "乱扔垃圾", 2, -10);
    }

    @Test
    void everyKindAtOnceForOneMember() throws Exception {
        String[] types = {"PATROL", "VOLUNTEER", "CLEANING", "LITTERING"};
        String member = race(i -> evidence(types[i % types.length], i));
        assertLedger(member, "巡逻", 3, 9);
        assertLedger(member, "志愿", 2, 10);
        assertLedger(member, "乱扔垃圾", 2, -10);
        assertThat(sum(member, "category = '环境卫生'")).isEqualTo(20);
        assertThat(ledgerSum(village, member)).isEqualTo(29);
        Response balance = get(memberPath(village, member) + "/balance");
        assertThat(balance.body().path("total").asLong()).as(balance.raw()).isEqualTo(29);
    }

    private static ObjectNode evidence(String type, int i) {
        ObjectNode evidence = JSON.createObjectNode();
        evidence.put("id", type.toLowerCase() + "-" + i).put("type", type)
                .put("occurredAt", "2026-11-%02dT%02d:%02d".formatted(16 + i % 5, 8 + i % 10, i % 60))
                .put("status", "APPROVED").put("minutes", 60);
        return evidence;
    }

    private void assertLedger(String member, String rule, int rows, long points) {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger WHERE village_id = ? AND member_id = ? AND rule_name = ?",
                Long.class, village, member, rule)).as("ledger rows of %s", rule).isEqualTo(rows);
        assertThat(sum(member, "rule_name = '" + rule + "'")).as("points of %s", rule).isEqualTo(points);
    }

    private long sum(String member, String condition) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(points), 0) FROM ledger WHERE village_id = ? AND member_id = ? AND "
                + condition, Long.class, village, member);
    }

    /** Registers a fresh member, posts {@code THREADS} single-evidence requests for it at once; all must be 200. */
    private String race(IntFunction<ObjectNode> evidence) throws Exception {
        String member = unique("racer");
        register(village, member);
        String prefix = unique("c");
        List<ObjectNode> all = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            ObjectNode one = evidence.apply(i).put("memberId", member);
            one.put("id", prefix + "-" + one.path("id").asText());
            all.add(one);
        }
        SimultaneousPosts.allCredited(all, one -> post(evaluations(village), batch(false, one)));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evidence WHERE village_id = ? AND member_id = ?", Long.class,
                village, member)).isEqualTo(THREADS);
        return member;
    }
}
