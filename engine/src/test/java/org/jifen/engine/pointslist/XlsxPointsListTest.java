package org.jifen.engine.pointslist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jifen.engine.history.MemberHistory;
import org.jifen.engine.policy.AwardOutcome;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.policy.PolicyException;
import org.jifen.engine.policy.PolicySource;
import org.jifen.engine.policy.Problem;
import org.jifen.facts.Member;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A points list kept in Excel: the same table as the CSV, read from the workbook's first sheet. */
class XlsxPointsListTest {

    static final String FILE = PolicySource.POINTS_LIST_XLSX;
    private static final Member RESIDENT = new Member("m1", "h1", Set.of("RESIDENT"), null);

    static List<Problem> problems(byte[] workbook) {
        List<Problem> problems = new ArrayList<>();
        PointsListSource.parseXlsx(FILE, workbook, problems);
        return problems;
    }

    static CompiledPolicy compile(byte[] workbook, Map<String, String> more) {
        Map<String, String> files = new java.util.TreeMap<>(more);
        files.put("village.yaml", "id: testcun\nname: 测试村\n");
        files.put(FILE, Base64.getEncoder().encodeToString(workbook));
        return new PolicyCompiler().compile(new PolicySource("testcun", files), 1);
    }

    @Test
    void aChineseHeaderedWorkbookAwardsLikeTheCsv() {
        CompiledPolicy policy = compile(XlsxFixture.typical().bytes(), Map.of());
        assertThat(policy.rules().keySet()).containsExactlyInAnyOrder("参加村民说事会", "治安巡逻", "乱扔垃圾");
        // compiled from the canonical CSV of the sheet: the rule of row 3 is on line 3
        assertThat(policy.rules().get("治安巡逻").file()).isEqualTo(PolicySource.POINTS_LIST_FILE);
        assertThat(policy.rules().get("治安巡逻").line()).isEqualTo(3);
        List<AwardOutcome> patrol = policy.evaluate(PointsListTest.evidence("e1", "PATROL", "APPROVED", 90,
                "2026-11-18T19:00"), RESIDENT, new MemberHistory()).awards();
        assertThat(patrol).extracting(AwardOutcome::rule, AwardOutcome::points, AwardOutcome::category)
                .containsExactly(tuple("治安巡逻", 3, "平安"));
        assertThat(policy.evaluate(PointsListTest.evidence("e2", "PATROL", "APPROVED", 30, "2026-11-18T19:00"),
                RESIDENT, new MemberHistory()).awards()).isEmpty();
        assertThat(policy.evaluate(PointsListTest.evidence("e3", "MEETING", "PENDING", 0, "2026-11-18T19:00"),
                RESIDENT, new MemberHistory()).awards()).extracting(AwardOutcome::points).containsExactly(2);
        assertThat(policy.evaluate(PointsListTest.approved("e4", "LITTERING", "2026-11-18T19:00"),
                RESIDENT, new MemberHistory()).awards()).extracting(AwardOutcome::points).containsExactly(-5);
    }

    @Test
    void englishHeadersInlineStringsBooleansAndATitleRowAbove() {
        byte[] workbook = new XlsxFixture()
                .row(1, "檀阴社区积分清单（2026年村民大会通过）")
                .row(3, new XlsxFixture.Inline("Item"), "TYPE", "points", "category", "max_times", "max_points", "roles",
                        "requires_approval", "min_minutes")
                .row(4, new XlsxFixture.Inline("党员 \"先锋\" & 宣讲"), "LECTURE", 4.0, "红色,文明", null, "10/month",
                        "PARTY_MEMBER;LECTURER", Boolean.FALSE, 45)
                .bytes();
        List<Problem> problems = new ArrayList<>();
        PointsList list = PointsListSource.parseXlsx(FILE, workbook, problems);
        assertThat(problems).isEmpty();
        PointsItem item = list.items().get(0);
        assertThat(item).isEqualTo(new PointsItem(4, "党员 \"先锋\" & 宣讲", "LECTURE", 4, "红色,文明", "", "10/MONTH",
                List.of("PARTY_MEMBER", "LECTURER"), false, 45, "", org.jifen.engine.table.ItemPay.fixed(4)));
    }

    @Test
    void errorsNameTheFileRowColumnAndCell() {
        byte[] workbook = XlsxFixture.typical()
                .row(5, "志愿服务", "VOLUNTEER", 2.5, "友爱")
                .row(6, "宣讲", "LECTURE", 3, "文明", "3 per week")
                .row(7, "参加村民说事会", "MEETING", 2)
                .row(8, "换行\n项目", "MEETING2", 2)
                .bytes();
        assertThat(problems(workbook)).extracting(Problem::file, Problem::line, Problem::column)
                .containsExactly(tuple(FILE, 8, 1));
        assertThat(problems(workbook).get(0).message()).startsWith("单元格 A8：格子里不能换行");
        byte[] noBreak = XlsxFixture.typical()
                .row(5, "志愿服务", "VOLUNTEER", 2.5, "友爱")
                .row(6, "宣讲", "LECTURE", 3, "文明", "3 per week")
                .row(7, "参加村民说事会", "MEETING", 2)
                .bytes();
        List<Problem> problems = problems(noBreak);
        assertThat(problems).extracting(Problem::file, Problem::line, Problem::column, Problem::severity)
                .containsExactly(tuple(FILE, 5, 3, Problem.Severity.ERROR), tuple(FILE, 6, 5, Problem.Severity.ERROR),
                        tuple(FILE, 7, 1, Problem.Severity.ERROR));
        assertThat(problems.get(0).message()).startsWith("单元格 C5：分值要写整数").contains("“2.5”");
        assertThat(problems.get(1).message()).startsWith("单元格 E6：次数上限");
        assertThat(problems.get(2).message()).startsWith("单元格 A7：").contains("出现了两次");
    }

    @Test
    void aWrongHeaderIsReportedOnItsRow() {
        List<Problem> problems = problems(new XlsxFixture().row(2, "名称", "类型", "分值").bytes());
        assertThat(problems).extracting(Problem::line, Problem::column).containsExactly(tuple(2, 1));
        assertThat(problems.get(0).message()).startsWith("单元格 A2：表头");
        assertThat(problems(new XlsxFixture().bytes())).extracting(Problem::message)
                .allMatch(m -> m.contains("工作表是空的"));
    }

    @Test
    void errorCellsAndBrokenSharedStringsNameTheirCell() {
        byte[] error = XlsxFixture.typical().raw("<row r=\"5\"><c r=\"A5\" t=\"s\"><v>0</v></c>"
                + "<c r=\"C5\" t=\"e\"><v>#N/A</v></c></row>").bytes();
        assertThat(problems(error)).extracting(Problem::line, Problem::column, Problem::message)
                .containsExactly(tuple(5, 3, "单元格 C5：单元格里是错误值 #N/A：请填入内容"));
        byte[] dangling = XlsxFixture.typical().raw("<row r=\"5\"><c r=\"B5\" t=\"s\"><v>999</v></c></row>").bytes();
        assertThat(problems(dangling)).extracting(Problem::line, Problem::column).containsExactly(tuple(5, 2));
    }

    @Test
    void notAWorkbookAndCorruptZipsAreOneProblemEach() {
        assertThat(problems("item,type,points\n".getBytes(StandardCharsets.UTF_8))).extracting(Problem::message)
                .singleElement().asString().contains("不是 .xlsx 表格");
        byte[] workbook = XlsxFixture.typical().bytes();
        byte[] truncated = java.util.Arrays.copyOf(workbook, workbook.length / 2);
        assertThat(problems(truncated)).hasSize(1);
        byte[] noSheet = new XlsxFixture().sheetAt("worksheets/sheet1.xml").part("xl/other.xml", new byte[1]).bytes();
        assertThat(problems(noSheet)).hasSize(1);
    }

    @Test
    void aSheetElsewhereIsFoundThroughTheWorkbookRelationships() {
        XlsxFixture fixture = XlsxFixture.typical().sheetAt("worksheets/list.xml");
        List<Problem> problems = new ArrayList<>();
        assertThat(PointsListSource.parseXlsx(FILE, fixture.bytes(), problems).size()).isEqualTo(3);
        assertThat(problems).isEmpty();
    }

    @Test
    void externalEntitiesAndDtdsAreRefused(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "机密");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n";
        byte[] workbook = XlsxFixture.typical().raw("<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>&x;</t></is></c></row>")
                .bytes(xxe);
        List<Problem> problems = problems(workbook);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).message()).doesNotContain("机密").containsAnyOf("DTD", "entity", "XML");
        String billion = "<?xml version=\"1.0\"?>\n<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n";
        assertThat(problems(XlsxFixture.typical().bytes(billion))).hasSize(1);
    }

    @Test
    void aZipBombIsStoppedAtTheInflatedLimit() {
        byte[] zeros = new byte[XlsxZip.MAX_PART + 1];
        byte[] bomb = XlsxFixture.typical().part("xl/worksheets/sheet2.xml", zeros).bytes();
        assertThat(bomb.length).isLessThan(100_000);
        assertThat(problems(bomb)).extracting(Problem::message).singleElement().asString().contains("解开后超过");
        XlsxFixture many = XlsxFixture.typical();
        for (int i = 0; i < XlsxZip.MAX_ENTRIES; i++) {
            many.part("junk/" + i, new byte[0]);
        }
        assertThat(problems(many.bytes())).extracting(Problem::message).singleElement().asString().contains("组成部分超过");
    }

    @Test
    void rowsFarDownAreRefused() {
        byte[] far = XlsxFixture.typical().row(XlsxSheet.MAX_ROW + 1, "远处", "FAR", 1).bytes();
        assertThat(problems(far)).extracting(Problem::message).singleElement().asString().contains("at most");
    }

    @Test
    void onDiskTheWorkbookIsReadAsBytesAndKeptBesideDrlFiles(@TempDir Path dir) throws Exception {
        Path village = Files.createDirectories(dir.resolve("testcun"));
        Files.writeString(village.resolve("village.yaml"), "id: testcun\nname: 测试村\n");
        Files.write(village.resolve(FILE), XlsxFixture.typical().bytes());
        Files.writeString(village.resolve("extra.drl"), "package village.testcun;\nrule \"再犯加扣\" when $e : Evidence( type == \"LITTERING\", approved )\n"
                + "Tally( key == \"乱扔垃圾\", period == \"MONTH\", count >= 1 ) then award.deduct($e, 5, \"再犯\"); end\n");
        PolicySource source = PolicySource.read(village);
        assertThat(source.bytes(FILE)).isEqualTo(Files.readAllBytes(village.resolve(FILE)));
        CompiledPolicy policy = new PolicyCompiler().compile(source, 1);
        assertThat(policy.rules().keySet()).contains("治安巡逻", "再犯加扣");
    }

    @Test
    void aVillageKeepsOneList() {
        PolicyException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> compile(XlsxFixture.typical().bytes(), Map.of(PolicySource.POINTS_LIST_FILE, PointsListTest.LIST)),
                PolicyException.class);
        assertThat(e.problems()).extracting(Problem::message).anyMatch(m -> m.contains("两份积分清单"));
    }
}
