package org.jifen.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jifen.engine.policy.ServiceSettings.Expiry.Mode;
import org.junit.jupiter.api.Test;

/** The settings the service reads are typed and checked at publish: a bad value is an error at its line. */
class ServiceSettingsTest {

    private static final String HEAD = "id: v1\nname: 一村\nsettings:\n";

    private static ServiceSettings read(String settings, List<Problem> problems) {
        String yaml = HEAD + settings;
        VillageConfig config = VillageYaml.read("v1", yaml, problems);
        return ServiceSettings.read(config.settings(), yaml, problems);
    }

    @Test
    void withoutSettingsTheDefaultsHold() {
        ServiceSettings settings = ServiceSettings.of(Map.of());
        assertThat(settings.maxFutureMinutes()).isEqualTo(10);
        assertThat(settings.secondReviewerAbove()).isEqualTo(Long.MAX_VALUE);
        assertThat(settings.expiry()).isEqualTo(new ServiceSettings.Expiry(Mode.NONE, MonthDay.of(12, 31), 24));
        assertThat(settings.notice()).isEqualTo(new ServiceSettings.Notice("MIDDLE", null, 7));
        assertThat(settings.programmeAfterDays()).isZero();
    }

    @Test
    void quarterAndHalfYearResetsAndTheProgrammeDelayAreRead() {
        List<Problem> problems = new ArrayList<>();
        assertThat(read("  expiry.mode: quarter\n  programme.afterDays: \"5\"\n", problems))
                .satisfies(s -> assertThat(s.expiry().mode()).isEqualTo(Mode.QUARTER))
                .satisfies(s -> assertThat(s.programmeAfterDays()).isEqualTo(5));
        assertThat(read("  expiry.mode: HALF_YEAR\n", problems).expiry().mode()).isEqualTo(Mode.HALF_YEAR);
        assertThat(problems).isEmpty();
        read("  patrol.points: \"3\"\n  programme.afterDays: \"61\"\n  expiry.mode: 季度\n", problems);
        assertThat(problems).extracting(Problem::line).containsExactly(6, 5);
        assertThat(problems.get(0).message()).contains("expiry.mode", "QUARTER（季度清零）", "HALF_YEAR（半年清零）", "季度");
        assertThat(problems.get(1).message()).contains("programme.afterDays", "0 到 60", "61");
    }

    @Test
    void readsEveryTypedSetting() {
        List<Problem> problems = new ArrayList<>();
        ServiceSettings settings = read("  evidence.maxFutureMinutes: \"30\"\n  review.secondReviewerAbove: \"5\"\n"
                + "  expiry.mode: annual\n  expiry.date: \"06-30\"\n  expiry.months: \"12\"\n  notice.mask: first\n"
                + "  notice.issuer: 解放村村民委员会\n  notice.days: \"5\"\n"
                + "  patrol.points: \"3\"\n", problems);
        assertThat(problems).isEmpty();
        assertThat(settings).isEqualTo(new ServiceSettings(30, 5,
                new ServiceSettings.Expiry(Mode.ANNUAL, MonthDay.of(6, 30), 12),
                new ServiceSettings.Notice("FIRST", "解放村村民委员会", 5)));
    }

    @Test
    void aBadValueIsAnErrorInChineseAtItsLine() {
        List<Problem> problems = new ArrayList<>();
        read("  patrol.points: \"3\"\n  expiry.mode: yearly\n  expiry.date: 12/31\n  evidence.maxFutureMinutes: 十\n"
                + "  review.secondReviewerAbove: \"-1\"\n  notice.mask: half\n  expiry.months: \"0\"\n", problems);
        assertThat(problems).extracting(Problem::line).containsExactly(7, 8, 5, 6, 10, 9);
        assertThat(problems).allSatisfy(p -> assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR));
        assertThat(problems.get(0).message()).contains("evidence.maxFutureMinutes", "整数", "十");
        assertThat(problems.get(2).message()).contains("ANNUAL（年度清零）", "yearly");
        assertThat(problems.get(3).message()).contains("12-31");
    }

    @Test
    void aPolicyWithABadSettingIsNotCompiled() {
        PolicySource source = new PolicySource("v1", Map.of(PolicySource.VILLAGE_FILE,
                HEAD + "  expiry.mode: sometimes\n", "rules.drl", "rule \"r\"\nwhen\n  $e : Evidence(type == \"A\")\n"
                        + "then\n  award.grant($e, 1, \"r\");\nend\n"));
        try {
            new PolicyCompiler().compile(source, 1);
            org.junit.jupiter.api.Assertions.fail("compiled");
        } catch (PolicyException e) {
            assertThat(e.problems()).filteredOn(p -> p.severity() == Problem.Severity.ERROR).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo(PolicySource.VILLAGE_FILE);
                assertThat(p.line()).isEqualTo(4);
            });
        }
    }
}
