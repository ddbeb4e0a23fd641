package org.jifen.api.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.jifen.api.review.ReviewApiSupport;
import org.jifen.persistence.ledger.LedgerKind;
import org.junit.jupiter.api.Test;

/**
 * The ledger's invariants against the real database: a balance is the sum of its entries (and
 * agrees with a hand-computed table), and every entry traces back to where it comes from.
 */
class LedgerInvariantsTest extends ReviewApiSupport {

    private static final List<String> KINDS = java.util.Arrays.stream(LedgerKind.values()).map(Enum::name).toList();

    /**
     * Hand-computed: 张三 earns 2 + 2 (+0, capped) for three cleanings, 8 for a big clean two
     * reviewers approve, 2 + 1 for a meeting (2 at submission, 1 on approval), loses the first
     * cleaning (-2, reversed) and, with the cap room freed, earns 2 for a fourth: 15 (弘德 12,
     * 善治 3). 李四: -3 for littering, +10 adjusted, a rejected cleaning: 7 (守法 -3, 善治 10).
     */
    @Test
    void balancesAgreeWithAHandComputedTableAndWithTheirEntries() {
        String village = reviewVillage();
        String zhang = unique("张三");
        String li = unique("李四");
        register(village, zhang);
        register(village, li);
        String first = unique("ev");
        submit(village, evidence(first, "CLEANING", zhang, DAY + "T08:00", "APPROVED"));
        submit(village, evidence(unique("ev"), "CLEANING", zhang, DAY + "T09:00", "APPROVED"));
        submit(village, evidence(unique("ev"), "CLEANING", zhang, DAY + "T10:00", "APPROVED"));
        String big = pending(village, zhang, "BIG_CLEAN", "11:00");
        String meeting = pending(village, zhang, "MEETING", "19:00");
        assertBalance(village, zhang, 4 + 2, Map.of("弘德", 4L, "善治", 2L), 8 + 1);
        review(village, meeting, "APPROVED", "街道工作人员");
        review(village, big, "APPROVED", "审核员甲");
        review(village, big, "APPROVED", "审核员乙");
        reverseEvidence(village, first, unique("rev"));
        submit(village, evidence(unique("ev"), "CLEANING", zhang, DAY + "T12:00", "APPROVED"));
        submit(village, evidence(unique("ev"), "LITTERING", li, DAY + "T08:00", "APPROVED"));
        adjust(village, unique("adj"), li, 10, "善治");
        review(village, pending(village, li, "CLEANING", "09:00"), "REJECTED", "审核员甲");

        assertBalance(village, zhang, 15, Map.of("弘德", 12L, "善治", 3L), 0);
        assertBalance(village, li, 7, Map.of("守法", -3L, "善治", 10L), 0);
    }

    private void assertBalance(String village, String member, long total, Map<String, Long> byCategory, long pending) {
        JsonNode balance = balance(village, member);
        assertThat(balance.path("total").asLong()).isEqualTo(total).isEqualTo(ledgerSum(village, member));
        assertThat(balance.path("spendable").asLong()).isEqualTo(total);
        assertThat(balance.path("pending").asLong()).isEqualTo(pending);
        assertThat(balance.path("byCategory").size()).isEqualTo(byCategory.size());
        byCategory.forEach((category, points) -> {
            assertThat(balance.path("byCategory").path(category).asLong()).as(category).isEqualTo(points);
            assertThat(jdbc.queryForObject("SELECT SUM(points) FROM ledger WHERE village_id = ? AND member_id = ?"
                    + " AND category = ?", Long.class, village, member, category)).isEqualTo(points);
        });
    }

    @Test
    void everyBalanceInTheDatabaseIsTheSumOfItsEntries() {
        List<Map<String, Object>> members = jdbc.queryForList("SELECT village_id, member_id, SUM(points) AS total"
                + " FROM ledger GROUP BY village_id, member_id ORDER BY RAND() LIMIT 60");
        assertThat(members).isNotEmpty();
        for (Map<String, Object> row : members) {
            String village = (String) row.get("village_id");
            String member = (String) row.get("member_id");
            JsonNode balance = balance(village, member);
            assertThat(balance.path("total").asLong()).as(village + "/" + member)
                    .isEqualTo(((Number) row.get("total")).longValue());
            long categories = 0;
            for (JsonNode points : balance.path("byCategory")) {
                categories += points.asLong();
            }
            assertThat(categories).isEqualTo(balance.path("total").asLong());
        }
    }

    @Test
    void everyEntryTracesBackToWhereItComesFrom() {
        String village = reviewVillage();
        String member = unique("m");
        register(village, member);
        String reversed = unique("ev");
        submit(village, evidence(reversed, "CLEANING", member, DAY + "T08:00", "APPROVED"));
        review(village, pending(village, member, "MEETING", "19:00"), "APPROVED", "审核员甲");
        reverseEvidence(village, reversed, unique("rev"));
        adjust(village, unique("adj"), member, -4, "守法");

        assertThat(jdbc.queryForList("SELECT DISTINCT kind FROM ledger", String.class)).isSubsetOf(KINDS);
        assertThat(untraced("""
                SELECT l.entry_id FROM ledger l
                LEFT JOIN evidence e ON e.village_id = l.village_id AND e.evidence_id = l.evidence_id
                LEFT JOIN policy_versions p ON p.village_id = l.village_id AND p.version = l.policy_version
                WHERE l.kind IN ('AWARD', 'WARNING', 'SUSPENSION') AND l.evidence_id IS NOT NULL
                  AND (e.evidence_id IS NULL OR p.version IS NULL OR l.rule_name = '' OR e.evidence_type <> l.evidence_type
                  OR (e.member_id <> l.member_id
                      AND JSON_SEARCH(e.payload, 'one', l.member_id, NULL, '$.participants[*].memberId') IS NULL))"""))
                .as("rule entries: of a stored evidence, for its member or one of its participants").isEmpty();
        assertThat(untraced("SELECT entry_id FROM ledger WHERE kind IN ('AWARD', 'HONOUR') AND evidence_id IS NULL"
                + " AND (source_id IS NULL OR source_id NOT LIKE 'programme:%')"))
                .as("awards without evidence come from a programme run").isEmpty();
        assertThat(untraced("""
                SELECT r.entry_id FROM ledger r
                LEFT JOIN ledger o ON o.village_id = r.village_id AND o.entry_id = r.reverses_entry
                WHERE r.kind = 'REVERSAL' AND (o.entry_id IS NULL OR o.kind NOT IN ('AWARD', 'ADJUSTMENT', 'WARNING')
                  OR r.points <> -o.points OR r.member_id <> o.member_id OR r.category <> o.category
                  OR r.rule_name <> o.rule_name OR r.occurred_at <> o.occurred_at
                  OR NOT (r.evidence_id <=> o.evidence_id) OR NOT (r.policy_version <=> o.policy_version)
                  OR r.source_id IS NULL OR r.operator IS NULL OR r.reason IS NULL)""")).as("reversals").isEmpty();
        assertThat(untraced("""
                SELECT entry_id FROM ledger WHERE kind = 'ADJUSTMENT'
                  AND (source_id IS NULL OR operator IS NULL OR reason IS NULL OR evidence_id IS NOT NULL)""")
        ).as("adjustments").isEmpty();
        assertThat(untraced("SELECT entry_id FROM ledger WHERE kind IN ('WARNING', 'HONOUR', 'SUSPENSION') AND points <> 0"))
                .as("warnings, honours and suspensions move no points").isEmpty();
        assertThat(untraced("SELECT entry_id FROM ledger WHERE kind = 'HONOUR' AND source_id NOT LIKE 'programme:%'"))
                .as("honours come from a programme run").isEmpty();
        assertThat(untraced("SELECT entry_id FROM ledger WHERE kind NOT IN ('AWARD', 'WARNING', 'SUSPENSION')"
                + " AND source_id IS NULL"))
                .as("entries other than awards name their request, redemption or run").isEmpty();
        assertThat(untraced("SELECT reverses_entry FROM ledger WHERE kind = 'REVERSAL' GROUP BY village_id,"
                + " reverses_entry HAVING COUNT(*) > 1")).as("entries reversed twice").isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT kind) FROM ledger WHERE village_id = ?", Long.class,
                village)).isEqualTo(3);
    }

    private List<Long> untraced(String sql) {
        return jdbc.queryForList(sql, Long.class);
    }
}
