package org.jifen.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.jifen.engine.policy.TestPolicies.evidence;
import static org.jifen.engine.policy.TestPolicies.resident;
import static org.jifen.engine.policy.TestPolicies.source;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jifen.engine.history.HistoryEntry;
import org.jifen.engine.history.MemberHistory;
import org.jifen.engine.history.Period;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Red-team attempts on the issue-15 grammar (programmes, Standing, HouseholdTally, warnings, points
 * per unit and by level, floors, base and gate) that the grammar does not refuse outright, or that
 * are refused outside the DRL corpus ({@code sandbox/rejected/}): each is refused with a problem, or
 * compiles and is harmless (text stays text, numbers stay bounded, nothing runs).
 */
class HostileGrammarTest {

    private static final String BREACH = "jifen.breach";

    @AfterEach
    void nothingRan() {
        assertThat(System.getProperty(BREACH)).isNull();
    }

    @Test
    void templateAndCommentSyntaxInNamesReasonsAndTitlesStaysText() {
        String name = "巡逻 @{System.exit(3)} ${System.exit(4)} */ static { System.exit(5); } /*";
        CompiledPolicy policy = TestPolicies.compile("""
                package village.testcun;

                rule "%s"
                    @category("@{System.exit(6)} */ //")
                when $e : Evidence( type == "PATROL", approved )
                then award.grant($e, 1, "@{System.exit(7)}" + " ${user.home} */ " + $e.id);
                     award.warn($e, "#{System.exit(8)}");
                end

                rule "评星 @{System.exit(9)}"
                    @programme("YEAR")
                when $s : Standing( rank == 1 )
                then award.honour($s, "@{System.exit(10)} " + $s.periodName);
                end
                """.formatted(name));
        Evaluation evaluation = policy.evaluate(evidence("p1", "PATROL", "2026-11-18T08:00"), resident(),
                new MemberHistory());
        assertThat(evaluation.awards()).extracting(AwardOutcome::rule).containsOnly(name);
        assertThat(evaluation.awards()).extracting(AwardOutcome::reason)
                .containsExactly("@{System.exit(7)} ${user.home} */ p1", "#{System.exit(8)}");
        assertThat(evaluation.awards()).extracting(AwardOutcome::category).containsOnly("@{System.exit(6)} */ //");
        List<ProgrammeAward> honours = policy.runProgramme(Period.YEAR,
                Standings.rank("户", Period.YEAR, "2026", Map.of("h1", 5)));
        assertThat(honours).extracting(a -> a.award().reason()).containsExactly("@{System.exit(10)} 2026");
    }

    @Test
    void aCommentAfterAnAnnotationValueIsDroppedNotPassedOn() {
        String drl = """
                package village.testcun;

                rule "注释藏在标注里"
                    @category("平安" /* ) System.setProperty("jifen.breach", "annotation"); ( */)
                when $e : Evidence( type == "PATROL", approved )
                then award.grant($e, 1, "x");
                end
                """;
        // the grammar's lexer drops the comment: the category is the string, and nothing else is read
        assertThat(TestPolicies.compile(drl).rules().get("注释藏在标注里").category()).isEqualTo("平安");
    }

    @Test
    void pointsListCellsThatTryToBreakOutAreRefused() {
        String header = "项目,类型,分值,类别,次数上限,分数上限,适用角色,需审核,最少分钟,扣分上限\n";
        for (PolicyCompiler compiler : List.of(new PolicyCompiler(), new PolicyCompiler().withOwnRuleBases())) {
            // an item name that would close the string and the rule header in generated DRL: refused as a
            // rule name when the list compiles to DRL; on the shared table it is data, shown as written
            String name = "巡逻\", 1, \"x\"); System.exit(1); award.grant($e";
            CompiledPolicy named = compiledOrNull(compiler, header
                    + "\"巡逻\"\", 1, \"\"x\"\"); System.exit(1); award.grant($e\",PATROL,3,平安,,,,false,0,\n");
            if (named != null) {
                assertThat(named.sharesRuleBase()).isTrue();
                assertThat(named.evaluate(evidence("p1", "PATROL", "2026-11-18T08:00"), resident(), new MemberHistory())
                        .awards()).extracting(AwardOutcome::rule, AwardOutcome::reason)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(name, name));
            }
            assertThat(compiledOrNull(compiler, header
                    + "巡逻,PATROL,3,\"平安\"\") @programme(\"\"YEAR\",,,,false,0,\n")).isNull();
            assertThat(compiledOrNull(compiler, header + "巡逻,PATROL,5/人次 最多20); System.exit(1,平安,,,,false,0,\n"))
                    .isNull();
            assertThat(compiledOrNull(compiler, header
                    + "荣誉,HONOUR,国家50/省\"\");System.exit(1);(\"\"30,荣誉,,,,false,0,\n")).isNull();
            assertThat(compiledOrNull(compiler, header
                    + "乱扔,LITTER,-5,守法,,,,false,0,\"3/YEAR\"\") @programme(\"\"YEAR\"\n")).isNull();
            assertThat(compiledOrNull(compiler, header + "巡逻,PATROL,9999999/人次,平安,,,,false,0,\n")).isNull();
            CompiledPolicy perUnit = compiledOrNull(compiler, header + "登记,REGISTER,999999/人次,志愿,,,,false,0,\n");
            org.jifen.facts.Evidence many = new org.jifen.facts.Evidence("r1", "REGISTER", "m1", null,
                    java.time.LocalDateTime.parse("2026-11-18T08:00"), 0, Integer.MAX_VALUE, 0, "APPROVED", Map.of());
            assertThat(perUnit.evaluate(many, resident(), new MemberHistory()).awards())
                    .singleElement().satisfies(a -> assertThat(a.points()).isEqualTo(999_999_000));
        }
    }

    private static CompiledPolicy compiledOrNull(PolicyCompiler compiler, String list) {
        try {
            return compiler.compile(new PolicySource("testcun", Map.of("village.yaml",
                    "id: testcun\nname: 测试村\nregion: 测试镇\n", "points-list.csv", list)), 1);
        } catch (PolicyException refused) {
            assertThat(refused.problems()).anySatisfy(p -> assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR));
            return null;
        }
    }

    @Test
    void arithmeticThatOverflowsToANegativeGrantCreditsNothing() {
        CompiledPolicy policy = TestPolicies.compile("""
                package village.testcun;

                rule "溢出"
                when $e : Evidence( type == "PATROL", approved )
                then award.grant($e, 999999999 * 3, "溢出成负数");
                end
                """);
        Evaluation evaluation = policy.evaluate(evidence("p1", "PATROL", "2026-11-18T08:00"), resident(),
                new MemberHistory());
        assertThat(evaluation.credited()).isEmpty();
        assertThat(evaluation.problems()).singleElement().asString().contains("needs points greater than 0");
    }

    @Test
    void eightStandingPatternsJoinOneStandingAtATime() {
        CompiledPolicy policy = TestPolicies.compile("""
                package village.testcun;

                rule "评比连接"
                    @programme("QUARTER")
                when $a : Standing( ) $b : Standing( ) $c : Standing( ) $d : Standing( )
                     $f : Standing( ) $g : Standing( ) $h : Standing( ) $s : Standing( rank == 1 )
                then award.honour($s, "季度星");
                end
                """);
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (int i = 0; i < 2_000; i++) {
            totals.put("h" + i, i);
        }
        long started = System.nanoTime();
        List<ProgrammeAward> awards = policy.runProgramme(Period.QUARTER,
                Standings.rank("户", Period.QUARTER, "2026-Q1", totals));
        assertThat(awards).singleElement().satisfies(a -> assertThat(a.standing().id()).isEqualTo("h1999"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void tallyPatternsWithoutAKeyJoinEveryTallyAndOnlyTheWatchdogStopsThem() {
        // OPEN RISK (not fixed): seven HouseholdTally patterns over 300 tallies pass the grammar; Drools
        // builds the join before any rule fires, so neither the firing limit nor the halt at the
        // deadline ends it: the watchdog stops the thread (2.5 s per evaluation by default). The api's
        // slow-village tests (BulkheadTest.SLOW_DRL) rely on exactly this kind of join.
        CompiledPolicy policy = new PolicyCompiler(new EvaluationLimits(50, Duration.ofMillis(300)), true)
                .compile(source("""
                        package village.testcun;

                        rule "整户连接"
                        when $e : Evidence( type == "PATROL", approved )
                             $a : HouseholdTally( ) $b : HouseholdTally( ) $c : HouseholdTally( )
                             $d : HouseholdTally( ) $f : HouseholdTally( ) $g : HouseholdTally( )
                             $h : HouseholdTally( count >= 0 )
                        then award.grant($e, 1, "x");
                        end
                        """), 1);
        MemberHistory household = new MemberHistory();
        for (int i = 0; i < 300; i++) {
            household.addEntry(new HistoryEntry("x" + i, "T" + i, "r" + i, "c" + i, 1,
                    java.time.LocalDateTime.parse("2026-11-02T08:00")));
        }
        long started = System.nanoTime();
        EvaluationException stopped = catchThrowableOfType(EvaluationException.class, () -> policy.evaluate(
                evidence("p1", "PATROL", "2026-11-18T08:00"), resident(), new MemberHistory(), household));
        assertThat(stopped).isNotNull();
        assertThat(policy.guardTrips()).isEqualTo(1);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void villageYamlTagsAliasesAndHugeNumbersAreRefused() {
        assertRefused("floors:\n  守法: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
                + "[[!!java.net.URL [\"http://127.0.0.1:1/\"]]]]\n", "floors");
        assertRefused("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                + "floors: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n", "aliases");
        assertRefused("floors:\n  守法: 99999999999/YEAR\n", "floors");
        assertRefused("settings:\n  base.points: \"2147483647\"\n", "base.points");
        assertRefused("settings:\n  base.points: \"１００\"\n", "base.points");
        assertRefused("settings:\n  gate.atOrBelow: \"-2147483648\"\n", "gate.atOrBelow");
        assertRefused("settings:\n  base.period: \"YEAR; System.exit(1)\"\n", "base.period");
    }

    private static void assertRefused(String yamlTail, String what) {
        String yaml = "id: testcun\nname: 测试村\nregion: 测试镇\n" + yamlTail;
        List<Problem> problems = catchThrowableOfType(PolicyException.class, () -> new PolicyCompiler().compile(
                new PolicySource("testcun", Map.of("village.yaml", yaml, "rules.drl", """
                        package village.testcun;
                        rule "r" when $e : Evidence( type == "PATROL" ) then award.grant($e, 1, "x"); end
                        """)), 1)).problems();
        assertThat(problems).as(what).anySatisfy(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
            if (what.contains(".")) { // a setting: the problem names it
                assertThat(p.message()).contains(what);
            }
        });
    }

}
