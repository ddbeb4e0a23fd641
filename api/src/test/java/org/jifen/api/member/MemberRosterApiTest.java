package org.jifen.api.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jifen.api.ApiTest;
import org.jifen.api.policy.draft.Workbooks;
import org.junit.jupiter.api.Test;

/**
 * The members list (search by name, balances) and the roster import against the real database: an
 * Excel or CSV roster with Chinese headers registers everyone; a roster with any error names its rows
 * in Chinese and writes nothing.
 */
class MemberRosterApiTest extends ApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Response upload(String village, byte[] body, String type) {
        return as(ADMIN_KEY).send("POST", "/api/v1/villages/" + seg(village) + "/members/import", type, body, Map.of());
    }

    private String village() {
        String village = unique("ros");
        assertThat(put("/api/v1/villages/" + village, Map.of("name", "名册村", "region", "邛崃市")).status()).isIn(200, 201);
        return village;
    }

    @Test
    void aWorkbookRegistersEveryoneAndTheListFindsThemByName() {
        String village = village();
        byte[] workbook = Workbooks.of(List.of(List.of("姓名", "户号", "角色", "编号", "电话"),
                List.of("张三", "1", "党员、志愿者", "", "13800000000"),
                List.of("李四", "1", "居民", "m-li4", ""),
                List.of("王五", "2", "", "", "")));
        Response imported = upload(village, workbook, XLSX);
        assertThat(imported.status()).as(imported.raw()).isEqualTo(200);
        assertThat(imported.body().path("created").asInt()).isEqualTo(3);
        assertThat(imported.body().path("ignoredColumns").get(0).asText()).isEqualTo("电话");

        Response zhang = get(memberPath(village, "1-张三"));
        assertThat(zhang.body().path("name").asText()).isEqualTo("张三");
        assertThat(zhang.body().path("roles").toString()).isEqualTo("[\"PARTY_MEMBER\",\"VOLUNTEER\"]");

        Response found = get("/api/v1/villages/" + village + "/members?q=" + seg("李"));
        assertThat(found.body().path("total").asLong()).isEqualTo(1);
        assertThat(found.body().path("items").get(0).path("memberId").asText()).isEqualTo("m-li4");
        assertThat(found.body().path("items").get(0).path("balance").asLong()).isZero();
        assertThat(get("/api/v1/villages/" + village + "/members").body().path("total").asLong()).isEqualTo(3);
        // a wildcard is taken literally
        assertThat(get("/api/v1/villages/" + village + "/members?q=%25").body().path("total").asLong()).isZero();

        // again, without the 角色 column: the same people are updated and keep their roles
        Response again = upload(village, "姓名,户号\n张三,1\n".getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(again.body().path("updated").asInt()).as(again.raw()).isEqualTo(1);
        assertThat(get(memberPath(village, "1-张三")).body().path("roles").size()).isEqualTo(2);
        // and a PUT without roles keeps them too
        put(memberPath(village, "1-张三"), Map.of("householdId", "1", "name", "张三丰"));
        assertThat(get(memberPath(village, "1-张三")).body().path("roles").size()).isEqualTo(2);
    }

    @Test
    void aRosterWithErrorsNamesEachRowAndWritesNothing() {
        String village = village();
        Map<String, Long> before = rowCounts();
        String csv = "姓名,户,角色\n赵六,3,居民\n,3,居民\n钱七,3,队长\n赵六,3,村民\n";
        Response bad = upload(village, csv.getBytes(Charset.forName("GB18030")), "text/csv");
        assertThat(bad.status()).as(bad.raw()).isEqualTo(400);
        assertThat(bad.isProblem()).isTrue();
        assertThat(bad.body().path("detail").asText()).startsWith("名册有 3 处错误，没有导入任何人。第 3 行 · 姓名：");
        var errors = bad.body().path("errors");
        assertThat(errors.findValuesAsText("field")).containsOnly("file");
        assertThat(errors.findValues("row").stream().map(r -> r.asInt()).toList()).containsExactly(3, 4, 5);
        assertThat(errors.get(1).path("column").asText()).isEqualTo("角色");
        assertThat(errors.get(1).path("message").asText()).contains("不认识的角色「队长」");
        assertThat(errors.get(2).path("message").asText()).contains("与第 2 行是同一个人");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void hostileUploadsAreRefusedInChinese() {
        String village = village();
        Map<String, Long> before = rowCounts();
        Response noHeader = upload(village, "张三,1\n".getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(noHeader.status()).isEqualTo(400);
        assertThat(noHeader.body().path("detail").asText()).contains("表头没有「姓名」列");
        Response notZip = upload(village, new byte[] {'P', 'K', 3, 4, 0, 0, 9}, XLSX);
        assertThat(notZip.status()).isEqualTo(400);
        assertThat(notZip.body().path("errors").get(0).path("field").asText()).isEqualTo("file");
        assertThat(notZip.body().path("detail").asText()).contains("无法读取这个 Excel 文件");
        Response huge = upload(village, new byte[RosterFile.MAX_BYTES + 10], "text/csv");
        assertThat(huge.status()).isEqualTo(413);
        StringBuilder many = new StringBuilder("姓名,户号\n");
        for (int i = 0; i <= Roster.MAX_ROWS; i++) {
            many.append("人").append(i).append(",h").append(i).append('\n');
        }
        Response tooMany = upload(village, many.toString().getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body().path("detail").asText()).contains("名册最多 2000 人");
        Response empty = upload(village, new byte[0], "text/csv");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(get("/api/v1/villages/" + village + "/members?size=501").status()).isEqualTo(400);
        assertThat(rowCounts()).isEqualTo(before);
    }
}
