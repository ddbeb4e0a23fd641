package org.jifen.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jifen.engine.policy.TestPolicies.compile;
import static org.jifen.engine.policy.TestPolicies.evidence;
import static org.jifen.engine.policy.TestPolicies.resident;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jifen.engine.history.MemberHistory;
import org.jifen.engine.history.Period;
import org.jifen.facts.Standing;
import org.junit.jupiter.api.Test;

/** Period-end programmes (评星): Standing facts with deterministic ranks, honours and bonus points. */
class ProgrammesTest {

    private static final String RULES = """
            package village.testcun;

            rule "治安巡逻"
            when $e : Evidence( type == "PATROL", approved )
            then award.grant($e, 3, "巡逻");
            end

            rule "季度星"
                @programme("QUARTER")
                @category("评星")
            when $s : Standing( scope == "户", rank <= 2, total > 0, $p : periodName )
            then
                award.honour($s, "季度星");
                award.grant($s, 5, $p + " 季度星奖励");
            end

            rule "年度末位提醒"
                @programme("YEAR")
            when $s : Standing( rank == of, total < 0 )
            then award.honour($s, "年度末位");
            end
            """;

    @Test
    void ranksAreDeterministicWithTies() {
        Map<String, Integer> totals = new LinkedHashMap<>();
        totals.put("h3", 10);
        totals.put("h1", 12);
        totals.put("h4", 10);
        totals.put("h2", 10);
        totals.put("h5", -3);
        List<Standing> standings = Standings.rank("户", Period.QUARTER, "2026-Q1", totals);
        assertThat(standings).extracting(s -> s.id() + ":" + s.rank()).containsExactly("h1:1", "h2:2", "h3:2", "h4:2",
                "h5:5");
        Map<String, Integer> reversed = new LinkedHashMap<>();
        List.of("h5", "h4", "h2", "h1", "h3").forEach(id -> reversed.put(id, totals.get(id)));
        assertThat(Standings.rank("户", Period.QUARTER, "2026-Q1", reversed)).isEqualTo(standings);
        assertThat(standings.get(0).of()).isEqualTo(5);
    }

    @Test
    void aQuarterProgrammeHonoursAndRewardsEveryHouseholdTiedWithinTheRank() {
        CompiledPolicy policy = compile(RULES);
        List<Standing> standings = Standings.rank("户", Period.QUARTER, "2026-Q1",
                Map.of("h1", 12, "h2", 10, "h3", 10, "h4", 4));
        List<ProgrammeAward> awards = policy.runProgramme(Period.QUARTER, standings);
        assertThat(awards).extracting(a -> a.standing().id() + " " + a.award().kind() + " " + a.award().points() + " "
                + a.award().reason()).containsExactlyInAnyOrder(
                "h1 HONOUR 0 季度星", "h1 POINTS 5 2026-Q1 季度星奖励",
                "h2 HONOUR 0 季度星", "h2 POINTS 5 2026-Q1 季度星奖励",
                "h3 HONOUR 0 季度星", "h3 POINTS 5 2026-Q1 季度星奖励");
        assertThat(awards).allSatisfy(a -> assertThat(a.award().category()).isEqualTo("评星"));
        // the year's programme is another one; evidence never fires a programme rule
        assertThat(policy.runProgramme(Period.YEAR, Standings.rank("人", Period.YEAR, "2026",
                Map.of("m1", 3, "m2", -4)))).extracting(a -> a.standing().id() + " " + a.award().reason())
                .containsExactly("m2 年度末位");
        assertThat(policy.evaluate(evidence("e1", "PATROL", "2026-03-01T08:00"), resident(), new MemberHistory())
                .credited()).extracting(AwardOutcome::rule).containsExactly("治安巡逻");
    }

    @Test
    void standingsOfAnotherPeriodAreRefused() {
        CompiledPolicy policy = compile(RULES);
        assertThatThrownBy(() -> policy.runProgramme(Period.QUARTER, Standings.rank("户", Period.YEAR, "2026",
                Map.of("h1", 1)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void programmeRulesReadStandingsOnlyAndStandingsNeedAProgramme() {
        assertThatThrownBy(() -> compile(RULES.replace("when $s : Standing( scope == \"户\"",
                "when $e : Evidence( ) $s : Standing( scope == \"户\"")))
                .isInstanceOf(PolicyException.class).hasMessageContaining("不能写 Evidence");
        assertThatThrownBy(() -> compile(RULES.replace("    @programme(\"YEAR\")\n", "")))
                .isInstanceOf(PolicyException.class).hasMessageContaining("只有评比规则能用");
        assertThatThrownBy(() -> compile(RULES.replace("@programme(\"YEAR\")", "@programme(\"年\")")))
                .isInstanceOf(PolicyException.class).hasMessageContaining("@programme");
    }

    @Test
    void aProgrammeRuleNameFitsItsLedgerSource() {
        String name = "星".repeat(RuleMetadata.MAX_PROGRAMME_NAME + 1);
        assertThatThrownBy(() -> compile(RULES.replace("rule \"季度星\"", "rule \"" + name + "\"")))
                .isInstanceOf(PolicyException.class).hasMessageContaining("评比规则的名称最多 80 个字");
    }
}
