package org.jifen.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Name masks and the notice writers: masking by code point, CSV quoting and formula guard, HTML escaping. */
class NoticeFormatTest {

    @Test
    void masksNamesAsTheVillageChooses() {
        assertThat(NameMask.of(null).apply("张三")).isEqualTo("张*");
        assertThat(NameMask.of(null).apply("张三华")).isEqualTo("张*华");
        assertThat(NameMask.of("first").apply("欧阳娜娜")).isEqualTo("欧***");
        assertThat(NameMask.of("LAST").apply("张三")).isEqualTo("*三");
        assertThat(NameMask.of("MIDDLE").apply("张三丰")).isEqualTo("张*丰");
        assertThat(NameMask.of("MIDDLE").apply("张三")).isEqualTo("张*");
        assertThat(NameMask.of("NONE").apply("张三")).isEqualTo("张三");
        assertThat(NameMask.of("nonsense").apply("𠀋三")).isEqualTo("𠀋*");
        assertThat(NameMask.of("LAST").apply("张")).isEqualTo("*");
    }

    @Test
    void csvHasABomQuotesWhereNeededAndDefusesFormulas() {
        String csv = NoticeWriter.csv(notice(List.of(new NoticeLine(1, "张*", "户,1", 10, 12),
                new NoticeLine(2, "=cmd()", null, 5, 5))));
        assertThat(csv).startsWith("\uFEFF排名,姓名,户,本期积分,期末积分\r\n")
                .contains("1,张*,\"户,1\",10,12\r\n").contains("2,'=cmd(),,5,5\r\n");
    }

    @Test
    void htmlIsEscapedAndPrintable() {
        String html = NoticeWriter.html(notice(List.of(new NoticeLine(1, "<script>", "h&1", 3, 3))));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">",
                "测试村 2026年11月 积分公示", "积分期间：2026年11月1日至2026年11月30日", "公示期：2026年12月1日至2026年12月7日",
                "测试村民委员会", "2026年12月1日", "&lt;script&gt;", "h&amp;1", "@media print").doesNotContain("<script>");
    }

    @Test
    void honoursAreASectionOfTheHtmlAndTheWorkbookNotOfTheCsv() throws Exception {
        Notice notice = new Notice("测试村 2026年3月 积分公示", "测试村民委员会", LocalDate.of(2026, 4, 1),
                new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)), LocalDate.of(2026, 4, 7),
                List.of(new NoticeLine(1, "张*", "张*户", 10, 12)),
                List.of(new NoticeHonour("季度星", "张*华户", "2026-Q1"), new NoticeHonour("<b>", "李*", "2026-03")));
        String html = NoticeWriter.html(notice);
        assertThat(html).contains("<h2 class=\"notice-honours-title\">荣誉榜</h2>",
                "<td data-label=\"荣誉\">季度星</td><td data-label=\"获得者\">张*华户</td><td data-label=\"评定周期\">2026-Q1</td>",
                "&lt;b&gt;").doesNotContain("<b>");
        assertThat(html.indexOf("荣誉榜")).isGreaterThan(html.indexOf("期末积分")).isLessThan(html.indexOf("公示期内如有异议"));
        assertThat(NoticeWriter.html(notice(List.of()))).doesNotContain("荣誉榜");
        assertThat(NoticeWriter.csv(notice)).doesNotContain("季度星");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(NoticeWriter.xlsx(notice)))) {
            List<String> cells = new java.util.ArrayList<>();
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
            assertThat(String.join("|", cells)).contains("荣誉榜|荣誉|获得者|评定周期|季度星|张*华户|2026-Q1|<b>|李*|2026-03");
        }
    }

    @Test
    void titlesNameTheMonthOrTheDaysAndTheIssuerFollowsTheVillage() {
        assertThat(Notice.title("光华村", new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 15))))
                .isEqualTo("光华村 2026年11月1日至2026年11月15日 积分公示");
        assertThat(Notice.title("光华村", Period.of(org.jifen.engine.history.PeriodName.parse("2026-Q1"))))
                .isEqualTo("光华村 2026年第1季度 积分公示");
        assertThat(Notice.title("光华村", Period.of(org.jifen.engine.history.PeriodName.parse("2026-H2"))))
                .isEqualTo("光华村 2026年下半年 积分公示");
        assertThat(Notice.title("光华村", new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))))
                .isEqualTo("光华村 2026年 积分公示");
        assertThat(Notice.defaultIssuer("光华")).isEqualTo("光华村民委员会");
        assertThat(Notice.defaultIssuer("光华村")).isEqualTo("光华村民委员会");
    }

    private static Notice notice(List<NoticeLine> lines) {
        return new Notice(Notice.title("测试村", new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))),
                Notice.defaultIssuer("测试村"), LocalDate.of(2026, 12, 1),
                new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)), LocalDate.of(2026, 12, 7), lines);
    }
}
