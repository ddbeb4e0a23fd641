package org.jifen.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The invariants every fault test ends with, read straight from the database: acknowledged
 * evidence has exactly its awards, nothing is credited twice, no partial rows, balances equal
 * ledger sums, and every cap of the test village holds (and was reached, so the check means something).
 */
final class LedgerChecks {

    private final JdbcTemplate jdbc;
    private final String village;

    LedgerChecks(String jdbcUrl, String village) {
        DataSource dataSource = new DriverManagerDataSource(jdbcUrl, "root", "");
        this.jdbc = new JdbcTemplate(dataSource);
        this.village = village;
    }

    /** Every acknowledged evidence is stored and its ledger rows are exactly the awards the client was told. */
    void acknowledgedHaveTheirAwards(AckLog log) {
        Map<String, List<String>> ledger = new HashMap<>();
        jdbc.query("SELECT evidence_id, rule_name, points FROM ledger WHERE village_id = ? ORDER BY award_seq",
                rs -> {
                    ledger.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2) + "=" + rs.getInt(3));
                }, village);
        Map<String, String> stored = new HashMap<>();
        jdbc.query("SELECT evidence_id, status FROM evidence WHERE village_id = ?",
                rs -> {
                    stored.put(rs.getString(1), rs.getString(2));
                }, village);
        for (Map.Entry<String, AckLog.Ack> ack : log.acks().entrySet()) {
            assertThat(stored).as("acknowledged evidence %s is stored", ack.getKey()).containsKey(ack.getKey());
            assertThat(ledger.getOrDefault(ack.getKey(), List.of())).as("ledger rows of %s", ack.getKey())
                    .containsExactlyInAnyOrderElementsOf(credited(ack.getValue().result()));
        }
    }

    /** No evidence twice, no award twice, every stored evidence has all its ledger rows and no ledger row lacks its evidence. */
    void noDoublesNoPartialRows() throws Exception {
        assertThat(jdbc.queryForList("SELECT evidence_id FROM ledger WHERE village_id = ? GROUP BY evidence_id, rule_name"
                + " HAVING COUNT(*) > 1", String.class, village)).as("awards credited twice").isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger l LEFT JOIN evidence e ON e.village_id = l.village_id"
                + " AND e.evidence_id = l.evidence_id WHERE l.village_id = ? AND e.evidence_id IS NULL", Long.class, village))
                .as("ledger rows without their evidence").isZero();
        Map<String, Integer> rows = new HashMap<>();
        jdbc.query("SELECT evidence_id, COUNT(*) FROM ledger WHERE village_id = ? GROUP BY evidence_id",
                rs -> {
                    rows.put(rs.getString(1), rs.getInt(2));
                }, village);
        List<Map<String, Object>> evidence = jdbc.queryForList(
                "SELECT evidence_id, result FROM evidence WHERE village_id = ?", village);
        for (Map<String, Object> row : evidence) {
            String id = (String) row.get("evidence_id");
            JsonNode result = Http.JSON.readTree((String) row.get("result"));
            assertThat(rows.getOrDefault(id, 0)).as("ledger rows of stored evidence %s", id)
                    .isEqualTo(credited(result).size());
        }
    }

    /** Each member's balance from the API equals the sum of its ledger rows. */
    void balancesEqualLedgerSums(Http http, Workload workload) {
        Map<String, Long> sums = new HashMap<>();
        jdbc.query("SELECT member_id, SUM(points) FROM ledger WHERE village_id = ? GROUP BY member_id",
                rs -> {
                    sums.put(rs.getString(1), rs.getLong(2));
                }, village);
        for (String member : workload.members()) {
            Http.Response balance = http.must("GET", "/api/v1/villages/" + village + "/members/" + Http.seg(member)
                    + "/balance", null, null);
            assertThat(balance.status()).as(balance.raw()).isEqualTo(200);
            assertThat(balance.body().path("total").asLong()).as("balance of %s", member)
                    .isEqualTo(sums.getOrDefault(member, 0L));
        }
    }

    /** The caps of {@code caps.drl} and {@code village.yaml}, per member and period, and that each was reached. */
    void capsHold() {
        cap("治安巡逻 3 times a week", "SELECT COUNT(*) FROM ledger WHERE village_id = ? AND rule_name = '治安巡逻'"
                + " GROUP BY member_id, YEARWEEK(occurred_at, 3)", 3);
        cap("志愿服务 10 points a week", "SELECT SUM(points) FROM ledger WHERE village_id = ? AND rule_name = '志愿服务'"
                + " GROUP BY member_id, YEARWEEK(occurred_at, 3)", 10);
        cap("环境卫生 20 points a week", "SELECT SUM(points) FROM ledger WHERE village_id = ? AND category = '环境卫生'"
                + " AND points > 0 GROUP BY member_id, YEARWEEK(occurred_at, 3)", 20);
        cap("乱扔垃圾 twice a month", "SELECT COUNT(*) FROM ledger WHERE village_id = ? AND rule_name = '乱扔垃圾'"
                + " GROUP BY member_id, DATE_FORMAT(occurred_at, '%Y-%m')", 2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger WHERE village_id = ? AND points > 0"
                + " AND points < requested", Long.class, village)).as("awards trimmed by a points cap").isPositive();
    }

    private void cap(String what, String sql, long cap) {
        List<Long> values = jdbc.queryForList(sql, Long.class, village);
        assertThat(values).as(what + ": per member and period").isNotEmpty().allSatisfy(v -> assertThat(v).isLessThanOrEqualTo(cap));
        assertThat(values).as(what + ": reached at least once").contains(cap);
    }

    /** The whole ledger of the village, one line per row, in evidence and award order (for comparing runs). */
    List<String> ledger() {
        return jdbc.query("SELECT member_id, evidence_id, award_seq, rule_name, category, requested, points FROM ledger"
                + " WHERE village_id = ? ORDER BY evidence_id, award_seq", (rs, i) -> String.join(" ", rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)),
                village);
    }

    long evidenceCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM evidence WHERE village_id = ?", Long.class, village);
    }

    /** The awards of a result that wrote a ledger row (points not zero), as rule=points. */
    static List<String> credited(JsonNode result) {
        List<String> awards = new ArrayList<>();
        for (JsonNode award : result.path("awards")) {
            if (award.path("points").asInt() != 0) {
                awards.add(award.path("rule").asText() + "=" + award.path("points").asInt());
            }
        }
        return awards;
    }
}
