package org.jifen.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Name masks and the notice writers: masking by code point, CSV quoting and formula guard, HTML escaping. */
class NoticeFormatTest {

    @Test
    void masksNamesAsTheVillageChooses() {
        assertThat(NameMask.of(null).apply("张三")).isEqualTo("张*");
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
        String csv = NoticeWriter.csv(List.of(new NoticeLine(1, "张*", "户,1", 10, 12),
                new NoticeLine(2, "=cmd()", null, 5, 5)));
        assertThat(csv).startsWith("\uFEFF排名,姓名,户号,本期积分,期末积分\r\n")
                .contains("1,张*,\"户,1\",10,12\r\n").contains("2,'=cmd(),,5,5\r\n");
    }

    @Test
    void htmlIsEscapedAndPrintable() {
        String html = NoticeWriter.html("测试村 积分公示", "2026-11-01 至 2026-11-30",
                List.of(new NoticeLine(1, "<script>", "h&1", 3, 3)), "如有异议");
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">", "测试村 积分公示",
                "&lt;script&gt;", "h&amp;1", "@media print").doesNotContain("<script>");
    }
}
