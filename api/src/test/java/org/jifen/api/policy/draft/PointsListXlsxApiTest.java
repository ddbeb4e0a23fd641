package org.jifen.api.policy.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * points-list.xlsx in a draft: uploaded as bytes, stored as base64, downloaded as the same bytes,
 * validated with cell refs, published, and evaluated like a CSV list; static checks stop a double award.
 */
class PointsListXlsxApiTest extends PolicyApiTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final byte[] LIST = Workbooks.of(List.of(Workbooks.HEADER,
            List.of("参加村民说事会", "MEETING", "2", "善治", "4/MONTH", "", "", "否"),
            List.of("乱扔垃圾", "LITTERING", "-5", "守法")));

    @LocalServerPort
    private int port;

    private String listOnlyVillage() {
        String village = newVillage("xlsx");
        assertThat(delete(draftFile(village, "rules.drl")).status()).isEqualTo(204);
        assertThat(putText(draftFile(village, "cases.yaml"), """
                cases:
                  - name: 说事会 待审核也计分
                    evidence:
                      - { id: e1, type: MEETING, at: "2026-11-18T08:30", status: PENDING }
                    expect:
                      - { evidence: e1, rule: "参加村民说事会", points: 2, category: 善治 }
                """).status()).isEqualTo(200);
        return village;
    }

    @Test
    void aVillageRunsOnASpreadsheetAlone() throws Exception {
        String village = listOnlyVillage();
        Response put = putBytes(draftFile(village, "points-list.xlsx"), LIST, XLSX, "村会计");
        assertThat(put.status()).as(put.raw()).isEqualTo(201);
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + draftFile(village, "points-list.xlsx"))).header(API_KEY, ADMIN_KEY)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith(XLSX);
        assertThat(download.body()).isEqualTo(LIST);
        Response validate = post(draft(village) + "/validate", null);
        assertThat(validate.body().path("valid").asBoolean()).as(validate.raw()).isTrue();
        Response published = publish(village, "张三", "村民大会通过的积分清单");
        assertThat(published.status()).as(published.raw()).isEqualTo(201);
        String stored = jdbc.queryForObject("SELECT files FROM policy_versions WHERE village_id = ?", String.class, village);
        assertThat(JSON.readTree(stored).path("points-list.xlsx").asText()).isEqualTo(Base64.getEncoder().encodeToString(LIST));
        register(village, "m1");
        var evidence = JSON.createObjectNode().put("id", "m-e1").put("type", "MEETING").put("memberId", "m1")
                .put("occurredAt", "2026-11-18T08:30").put("status", "PENDING");
        JsonNode result = post(evaluations(village), batch(false, evidence)).body().path("results").get(0);
        assertThat(result.toString()).contains("参加村民说事会");
        assertThat(ledgerSum(village, "m1")).isEqualTo(2);
    }

    @Test
    void cellErrorsAreReportedWithTheirRef() {
        String village = listOnlyVillage();
        byte[] bad = Workbooks.of(List.of(Workbooks.HEADER, List.of("参加村民说事会", "MEETING", "两分", "善治")));
        assertThat(putBytes(draftFile(village, "points-list.xlsx"), bad, XLSX, null).status()).isEqualTo(201);
        Response validate = post(draft(village) + "/validate", null);
        assertThat(validate.body().path("valid").asBoolean()).isFalse();
        JsonNode problem = validate.body().path("problems").get(0);
        assertThat(problem.path("file").asText()).isEqualTo("points-list.xlsx");
        assertThat(problem.path("line").asInt()).isEqualTo(2);
        assertThat(problem.path("column").asInt()).isEqualTo(3);
        assertThat(problem.path("message").asText()).startsWith("单元格 C2：分值要写整数");
    }

    @Test
    void aBodyThatIsNoWorkbookIsRefusedAndTextIsTheWrongType() {
        String village = newVillage("xlsxbad");
        Response notZip = putBytes(draftFile(village, "points-list.xlsx"), "项目,类型,分值".getBytes(), XLSX, null);
        assertThat(notZip.status()).isEqualTo(400);
        assertThat(notZip.raw()).contains("points-list.xlsx", "不是 .xlsx 表格");
        Response text = putBytes(draftFile(village, "points-list.xlsx"), LIST, "text/plain; charset=utf-8", null);
        assertThat(text.status()).isEqualTo(415);
        assertThat(getText(draftFile(village, "points-list.xlsx")).status()).isEqualTo(404);
    }

    @Test
    void aDoubleAwardIsCaughtBeforePublishing() {
        String village = listOnlyVillage();
        byte[] doubled = Workbooks.of(List.of(Workbooks.HEADER,
                List.of("参加村民说事会", "MEETING", "2", "善治", "4/MONTH", "", "", "否"),
                List.of("参加会议", "MEETING", "1", "善治")));
        assertThat(putBytes(draftFile(village, "points-list.xlsx"), doubled, XLSX, null).status()).isEqualTo(201);
        Response validate = post(draft(village) + "/validate", null);
        assertThat(validate.body().path("valid").asBoolean()).as(validate.raw()).isFalse();
        JsonNode finding = validate.body().path("problems").get(0);
        assertThat(finding.path("severity").asText()).isEqualTo("ERROR");
        assertThat(finding.path("line").asInt()).isEqualTo(3);
        assertThat(finding.path("message").asText()).startsWith("单元格 B3：重复计分");
        Response published = publish(village, "张三", "重复计分");
        assertThat(published.status()).as(published.raw()).isEqualTo(422);
        assertThat(published.raw()).contains("重复计分");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM policy_versions WHERE village_id = ?", Long.class, village))
                .isZero();
    }

    @Test
    void aRoleNoMemberHoldsWarnsUntilAMemberHoldsIt() {
        String village = publishedVillage("roles");
        String list = "项目,类型,分值,类别,次数上限,分数上限,适用角色\n宣讲员主讲,LECTURE_GIVE,5,文明,,,LECTURER\n";
        assertThat(putText(draftFile(village, "points-list.csv"), list).status()).isEqualTo(201);
        Response before = post(draft(village) + "/validate", null);
        assertThat(before.body().path("valid").asBoolean()).as(before.raw()).isTrue();
        assertThat(before.raw()).contains("限 LECTURER，但没有人有这个角色");
        assertThat(put(memberPath(village, "m9"), java.util.Map.of("householdId", "h9", "roles", List.of("LECTURER")))
                .status()).isIn(200, 201);
        assertThat(post(draft(village) + "/validate", null).raw()).doesNotContain("没有人有这个角色");
    }
}
