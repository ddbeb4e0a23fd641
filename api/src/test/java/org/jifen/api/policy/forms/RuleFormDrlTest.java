package org.jifen.api.policy.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.api.policy.forms.FormVillage.hourly;
import static org.jifen.api.policy.forms.FormVillage.read;
import static org.jifen.api.policy.forms.FormVillage.repeat;
import static org.jifen.api.policy.forms.FormVillage.role;
import static org.jifen.api.policy.forms.FormVillage.streak;

import java.util.List;
import java.util.Map;
import org.jifen.engine.cases.PolicyTest;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.policy.PolicySource;
import org.jifen.engine.policy.Problem;
import org.junit.jupiter.api.Test;

/**
 * Every form kind and its variants generate DRL that the sandbox accepts, that compiles, and that
 * awards what the form says on sample evidence (run as sample cases by the engine).
 */
class RuleFormDrlTest {

    private static final PolicyCompiler COMPILER = new PolicyCompiler();

    private static void passes(List<FormInput> inputs, String cases) {
        String drl = FormVillage.formsFile(inputs.stream().map(FormVillage::read).toList());
        PolicySource source = FormVillage.source(Map.of(FormFile.NAME, drl, "cases.yaml", cases));
        List<Problem> errors = COMPILER.validate(source).stream().filter(p -> p.severity() == Problem.Severity.ERROR)
                .toList();
        assertThat(errors).as(drl).isEmpty();
        PolicyTest.VillageReport report = new PolicyTest(COMPILER).run(source);
        assertThat(report.problems()).as(drl).isEmpty();
        assertThat(report.cases()).as(drl).isNotEmpty()
                .allSatisfy(c -> assertThat(c.passed()).as(c.name() + " " + c.differences() + "\n" + drl).isTrue());
    }

    private static String days(int from, int to, String status) {
        StringBuilder out = new StringBuilder();
        for (int d = from; d <= to; d++) {
            out.append("      - { id: e").append(d).append(", type: GARBAGE_SORTING, at: \"2026-11-").append(d)
                    .append("T08:00\"").append(status == null ? "" : ", status: " + status).append(" }\n");
        }
        return out.toString();
    }

    @Test
    void streakOnTheSeventhDayAndOncePerWeek() {
        passes(List.of(streak("连续7天垃圾分类", 7, 5, "1/WEEK")), "cases:\n"
                + "  - name: 连续7天 第7天加5分\n    evidence:\n" + days(16, 22, null)
                + "    expect:\n      - { evidence: e22, rule: \"连续7天垃圾分类\", points: 5, category: 弘德 }\n"
                + "  - name: 第8天在下一周 再加 第9天同一周不加\n    evidence:\n" + days(17, 25, null)
                + "    expect:\n      - { evidence: e23, rule: \"连续7天垃圾分类\", points: 5, category: 弘德 }\n"
                + "  - name: 中间断了一天 不加\n    evidence:\n" + days(16, 18, null) + days(20, 25, null)
                + "    expect: []\n"
                + "  - name: 待审核的不算\n    evidence:\n" + days(16, 22, "PENDING") + "    expect: []\n");
    }

    @Test
    void streakWithoutCapEarnsEveryDayFromTheNth() {
        passes(List.of(streak("连续3天垃圾分类", 3, 2, null)), "cases:\n"
                + "  - name: 第3天和第4天都加\n    evidence:\n" + days(16, 19, null) + "    expect:\n"
                + "      - { evidence: e18, rule: \"连续3天垃圾分类\", points: 2, category: 弘德 }\n"
                + "      - { evidence: e19, rule: \"连续3天垃圾分类\", points: 2, category: 弘德 }\n");
    }

    @Test
    void repeatOffenceWithItsOwnPenaltyForEveryOffence() {
        passes(List.of(repeat("乱扔垃圾 当月再犯加扣", "MONTH", 2, 5, 3)), """
                cases:
                  - name: 第1次扣3 第2次再扣5 下月重新计
                    evidence:
                      - { id: e1, type: LITTERING, at: "2026-11-03T10:00" }
                      - { id: e2, type: LITTERING, at: "2026-11-10T10:00" }
                      - { id: e3, type: LITTERING, at: "2026-12-01T10:00" }
                    expect:
                      - { evidence: e1, rule: "乱扔垃圾 当月再犯加扣（每次）", points: -3, category: 守法 }
                      - { evidence: e2, rule: "乱扔垃圾 当月再犯加扣（每次）", points: -3, category: 守法 }
                      - { evidence: e2, rule: "乱扔垃圾 当月再犯加扣", points: -5, category: 守法 }
                      - { evidence: e3, rule: "乱扔垃圾 当月再犯加扣（每次）", points: -3, category: 守法 }
                """);
    }

    @Test
    void repeatOffenceCountedFromOtherPenaltiesOfTheType() {
        passes(List.of(repeat("乱扔垃圾 当周第3次起", "WEEK", 3, 4, null)), """
                cases:
                  - name: 本周已扣2次 第3次加扣 下周不扣
                    history:
                      - { type: LITTERING, rule: "乱扔垃圾", points: -2, at: "2026-11-16T10:00" }
                      - { type: LITTERING, rule: "乱扔垃圾", points: -2, at: "2026-11-17T10:00" }
                    evidence:
                      - { id: e1, type: LITTERING, at: "2026-11-18T10:00" }
                      - { id: e2, type: LITTERING, at: "2026-11-23T10:00" }
                    expect:
                      - { evidence: e1, rule: "乱扔垃圾 当周第3次起", points: -4, category: 守法 }
                """);
    }

    @Test
    void roleLimitedItem() {
        passes(List.of(role("党员宣讲员志愿服务", List.of("PARTY_MEMBER", "LECTURER"), 3)), """
                cases:
                  - name: 党员加3分
                    member: { id: m1, household: h1, roles: [RESIDENT, PARTY_MEMBER] }
                    evidence: [ { id: e1, type: VOLUNTEER, at: "2026-11-18T10:00" } ]
                    expect: [ { evidence: e1, rule: "党员宣讲员志愿服务", points: 3, category: 志愿服务 } ]
                  - name: 宣讲员加3分
                    member: { id: m2, household: h2, roles: [LECTURER] }
                    evidence: [ { id: e1, type: VOLUNTEER, at: "2026-11-18T10:00" } ]
                    expect: [ { evidence: e1, rule: "党员宣讲员志愿服务", points: 3, category: 志愿服务 } ]
                  - name: 普通居民不加
                    member: { id: m3, household: h3, roles: [RESIDENT] }
                    evidence: [ { id: e1, type: VOLUNTEER, at: "2026-11-18T10:00" } ]
                    expect: []
                """);
    }

    @Test
    void hourlyPointsWithAPerEvidenceAndAMonthlyCap() {
        passes(List.of(hourly("志愿服务 每满1小时", 60, 2, 4, "10/MONTH")), """
                cases:
                  - name: 150分钟得4分 300分钟按4小时得8分但月上限10分截去 59分钟不得分
                    evidence:
                      - { id: e1, type: VOLUNTEER, at: "2026-11-18T10:00", minutes: 150 }
                      - { id: e2, type: VOLUNTEER, at: "2026-11-19T10:00", minutes: 300 }
                      - { id: e3, type: VOLUNTEER, at: "2026-11-20T10:00", minutes: 59 }
                    expect:
                      - { evidence: e1, rule: "志愿服务 每满1小时", points: 4, category: 志愿服务 }
                      - { evidence: e2, rule: "志愿服务 每满1小时", points: 6, requested: 8, category: 志愿服务 }
                """);
    }

    @Test
    void hourlyPointsWithoutCaps() {
        passes(List.of(hourly("志愿服务 每满30分钟", 30, 1, null, null)), """
                cases:
                  - name: 95分钟得3分
                    evidence: [ { id: e1, type: VOLUNTEER, at: "2026-11-18T10:00", minutes: 95 } ]
                    expect: [ { evidence: e1, rule: "志愿服务 每满30分钟", points: 3, category: 志愿服务 } ]
                """);
    }

    @Test
    void allKindsTogetherInOneFileAndEachReopens() {
        List<FormInput> inputs = List.of(streak("连续7天垃圾分类", 7, 5, "1/WEEK"),
                repeat("乱扔垃圾 当年再犯", "YEAR", 2, 10, 2), role("党员志愿服务", List.of("PARTY_MEMBER"), 2),
                hourly("志愿服务 按时长", 60, 1, null, "20/MONTH"));
        String drl = FormVillage.formsFile(inputs.stream().map(FormVillage::read).toList());
        PolicySource source = FormVillage.source(Map.of(FormFile.NAME, drl));
        assertThat(COMPILER.validate(source)).filteredOn(p -> p.severity() == Problem.Severity.ERROR).isEmpty();
        assertThat(FormVillage.FILE.blocks(drl)).extracting(b -> b.form().input())
                .containsExactlyElementsOf(inputs.stream().map(i -> read(i).input()).toList());
    }
}
