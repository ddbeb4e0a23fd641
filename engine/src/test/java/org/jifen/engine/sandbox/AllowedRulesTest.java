package org.jifen.engine.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.engine.sandbox.SandboxTest.source;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.jifen.engine.history.MemberHistory;
import org.jifen.engine.policy.AwardOutcome;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;
import org.junit.jupiter.api.Test;

/** What the grammar allows compiles and evaluates as written: each construct of rules/README.md once. */
class AllowedRulesTest {

    private static final Member PARTY_MEMBER = new Member("m1", "h1", Set.of("RESIDENT", "PARTY_MEMBER"), null);
    private static final Member RESIDENT = new Member("m1", "h1", Set.of("RESIDENT"), null);

    static CompiledPolicy compile(String drl) {
        PolicyCompiler compiler = new PolicyCompiler();
        assertThat(compiler.validate(source("allowed.drl", drl))).isEmpty();
        return compiler.compile(source("allowed.drl", drl), 1);
    }

    static Evidence patrol(String at, int minutes, Map<String, String> attrs) {
        return new Evidence("e1", "PATROL", "m1", null, LocalDateTime.parse(at), minutes, 1, 0, Evidence.APPROVED, attrs);
    }

    static List<Tuple> awards(CompiledPolicy policy, Evidence evidence, Member member) {
        return policy.evaluate(evidence, member, new MemberHistory()).awards().stream()
                .map(a -> new Tuple(a.points(), a.reason())).toList();
    }

    @Test
    void patternsBindingsFromAccumulateTernaryAndConcatenation() {
        CompiledPolicy policy = compile("""
                package village.testcun;

                rule "周末党员巡逻"
                    @category("善治") @maxTimes("2/WEEK")
                    salience 5
                when
                    $e : Evidence( type == "PATROL", approved,
                                   occurredAt.getDayOfWeek() == DayOfWeek.SATURDAY, $min : minutes )
                    $m : Member( )
                    $role : String( this == "PARTY_MEMBER" ) from $m.roles
                    $v : Village( number("patrol.points") > 0 )
                    $n : Number( intValue >= 0 ) from accumulate( $t : Tally( ), count( $t ) )
                then
                    award.grant($e, Math.max($v.number("patrol.points"), Math.min($min / 30, 5)),
                        $e.attr("place") != null ? "巡逻 " + $e.attr("place") + "，" + $role + " 共" + $n + "项记录" : "巡逻");
                end
                """);
        Evidence saturday = patrol("2026-11-21T20:00", 120, Map.of("place", "村口"));
        assertThat(awards(policy, saturday, PARTY_MEMBER)).containsExactly(new Tuple(4, "巡逻 村口，PARTY_MEMBER 共0项记录"));
        assertThat(awards(policy, patrol("2026-11-21T20:00", 30, Map.of()), PARTY_MEMBER))
                .containsExactly(new Tuple(3, "巡逻"));
        assertThat(awards(policy, saturday, RESIDENT)).isEmpty();
        assertThat(awards(policy, patrol("2026-11-20T20:00", 120, Map.of()), PARTY_MEMBER)).isEmpty();
    }

    @Test
    void inNotInContainsAndOrNotExists() {
        CompiledPolicy policy = compile("""
                package village.testcun;

                rule "夜班或周末"
                when
                    $e : Evidence( type in ("PATROL", "CLEANING"), attr("shift") not in ("DAY"),
                                   occurredAt.hour >= 18 || occurredAt.dayOfWeek == DayOfWeek.SUNDAY )
                    Member( roles contains "RESIDENT", roles not contains "STAFF" )
                    not Tally( key == "PATROL", period == "WEEK", count >= 3 )
                    ( Streak( days >= 9 ) or exists Village( setting("bonus") == null ) )
                then
                    award.grant($e, $e.minutes() >= 60 ? 2 : 1, "夜间巡逻 " + $e.occurredAt().getHour() + "点");
                    award.deduct($e, 1, $e.attr("shift") == "NIGHT" ? "夜班" : "其他");
                end
                """);
        assertThat(awards(policy, patrol("2026-11-18T20:00", 90, Map.of("shift", "NIGHT")), RESIDENT))
                .containsExactly(new Tuple(2, "夜间巡逻 20点"), new Tuple(-1, "夜班"));
        assertThat(awards(policy, patrol("2026-11-18T20:00", 30, Map.of("shift", "DAY")), RESIDENT)).isEmpty();
        assertThat(awards(policy, patrol("2026-11-18T09:00", 30, Map.of()), RESIDENT)).isEmpty();
    }

    @Test
    void factsImportGlobalAndStatusConstantsMayBeWritten() {
        CompiledPolicy policy = compile("""
                package village.testcun;
                import org.jifen.facts.*;
                global org.jifen.facts.Awards award;

                rule "垃圾分类"
                when
                    $e : Evidence( type == "PATROL", status == Evidence.APPROVED, occurredAt.month == Month.NOVEMBER )
                then
                    award.deduct($e, Math.abs(-2), "测试");
                end
                """);
        assertThat(awards(policy, patrol("2026-11-18T20:00", 90, Map.of()), RESIDENT)).containsExactly(new Tuple(-2, "测试"));
    }

    @Test
    void theHarmlessFilesOfTheOldCorpusCompileAndTheirCommentsNeverReachDrools() throws Exception {
        for (String name : List.of("this-dereferenced.drl", "unicode-escape-in-comment.drl")) {
            Path path = Path.of(AllowedRulesTest.class.getResource("/sandbox/accepted/" + name).toURI());
            String drl = Files.readString(path, StandardCharsets.UTF_8);
            CompiledPolicy policy = new PolicyCompiler().compile(source(name, drl), 1);
            assertThat(policy.rules()).hasSize(1);
        }
        assertThat(System.getProperty("jifen.sandbox")).isNull();
    }

    @Test
    void aLongReasonBuiltFromAttributesIsCutTo200Characters() {
        CompiledPolicy policy = compile("""
                package village.testcun;

                rule "长理由"
                when
                    $e : Evidence( type == "PATROL" )
                then
                    award.grant($e, 1, $e.attr("x") + $e.attr("x") + $e.attr("x") + $e.attr("x") + $e.attr("x"));
                end
                """);
        List<AwardOutcome> awards = policy.evaluate(patrol("2026-11-18T20:00", 0, Map.of("x", "长".repeat(100_000))),
                RESIDENT, new MemberHistory()).awards();
        assertThat(awards).singleElement().satisfies(a -> assertThat(a.reason()).hasSize(200).endsWith("…"));
    }
}
