package org.jifen.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** File names per RFC 5987 and workbooks whose text never turns into a formula. */
class DownloadTest {

    @Test
    void chineseFileNamesArePercentEncodedWithAnAsciiFallback() {
        assertThat(Download.disposition("attachment", "光华村积分公示-2026-11.xlsx")).isEqualTo(
                "attachment; filename=\"_______-2026-11.xlsx\"; filename*=UTF-8''"
                        + "%E5%85%89%E5%8D%8E%E6%9D%91%E7%A7%AF%E5%88%86%E5%85%AC%E7%A4%BA-2026-11.xlsx");
        assertThat(Download.disposition("inline", "a\"b\\c\r\n.xlsx")).startsWith("inline; filename=\"a_b_c__.xlsx\"")
                .endsWith("a%22b%5Cc%0D%0A.xlsx");
    }

    @Test
    void aWorkbookKeepsTextAsTextAndNumbersAsNumbers() {
        byte[] book = Xlsx.of("积分[公示]", List.of("光华村 积分公示"), List.of("姓名", "积分"),
                List.of(List.of("=HYPERLINK(\"http://x\")", 12), List.of("张*华", -3)));
        Workbooks.Read read = Workbooks.read(book);
        assertThat(read.sheet()).isEqualTo("积分 公示");
        assertThat(read.text()).isEqualTo("光华村 积分公示\n\n姓名|积分\n=HYPERLINK(\"http://x\")|12\n张*华|-3\n");
    }
}
