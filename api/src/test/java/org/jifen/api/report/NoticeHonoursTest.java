package org.jifen.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jifen.api.evaluation.VillagePolicyTest;
import org.junit.jupiter.api.Test;

/**
 * The 公示 notice's 荣誉榜 through the api: a month's household honour shown by the head's masked name
 * (张*丰户), a member honour by the member's masked name, no ids; an honour of another month is not there.
 */
class NoticeHonoursTest extends VillagePolicyTest {

    static final String RULES = """
            package village.honours;

            rule "好事" @category("善治")
            when $e : Evidence( type == "GOOD_DEED", approved ) then award.grant($e, 30, "做好事"); end

            rule "月度文明户" @programme("MONTH") @category("评星")
            when $s : Standing( scope == "户", rank <= 1, total > 0 ) then award.honour($s, "月度文明户"); end

            rule "月度标兵" @programme("MONTH") @category("评星")
            when $s : Standing( scope == "人", rank <= 1, total > 0 ) then award.honour($s, "月度标兵"); end
            """;

    @Test
    void theNoticeListsTheMonthsHonoursByMaskedNames() {
        String village = unique("hon");
        publishVillage(village, RULES, "");
        String base = unique("hm");
        YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        member(village, base + "-a", base + "-h1", "张三丰");
        member(village, base + "-b", base + "-h1", "李四华");
        member(village, base + "-c", base + "-h2", "王五");
        member(village, base + "-0", base + "-h2", "赵六"); // h2's first member by id: its honours are entered on him
        deed(village, base + "-b", month.atDay(1));
        deed(village, base + "-b", month.atDay(1));
        deed(village, base + "-c", month.atDay(1));
        deed(village, base + "-c", month.minusMonths(1).atDay(1));
        for (YearMonth m : List.of(month, month.minusMonths(1))) {
            Response run = post("/api/v1/villages/" + village + "/programmes/" + m + "/run", Map.of());
            assertThat(run.status()).as(run.raw()).isEqualTo(200);
        }

        String notice = "/api/v1/villages/" + village + "/reports/notice?from=" + month.atDay(1) + "&to="
                + month.atEndOfMonth();
        Response html = get(notice);
        assertThat(html.status()).as(html.raw()).isEqualTo(200);
        assertThat(html.raw()).contains("<h2 class=\"notice-honours-title\">荣誉榜</h2>",
                "<td data-label=\"荣誉\">月度文明户</td><td data-label=\"获得者\">张*丰户</td><td data-label=\"评定周期\">"
                        + month + "</td>",
                "<td data-label=\"荣誉\">月度标兵</td><td data-label=\"获得者\">李*华</td>")
                .doesNotContain(base, "张三丰", "李四华", "获得者\">赵*户");
        // last month: 王五's household (its head: the first named, 赵六) and 王五 himself
        Response last = get(notice.replace(month.atDay(1).toString(), month.minusMonths(1).atDay(1).toString())
                .replace(month.atEndOfMonth().toString(), month.minusMonths(1).atEndOfMonth().toString()));
        assertThat(last.raw()).contains("<td data-label=\"获得者\">赵*户</td>", "<td data-label=\"获得者\">王*</td>")
                .doesNotContain("张*丰户", "月度标兵</td><td data-label=\"获得者\">赵*");
        assertThat(get(notice + "&format=csv").raw()).doesNotContain("月度文明户");
    }

    private void member(String village, String member, String household, String name) {
        Response response = put(memberPath(village, member), Map.of("householdId", household, "name", name,
                "roles", List.of("RESIDENT"), "joinedOn", "2025-01-01"));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }

    private void deed(String village, String member, LocalDate day) {
        ObjectNode evidence = JSON.createObjectNode();
        evidence.put("id", unique("gd")).put("type", "GOOD_DEED").put("memberId", member)
                .put("occurredAt", day + "T00:10").put("status", "APPROVED");
        Response response = post(evaluations(village), batch(false, evidence));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }
}
