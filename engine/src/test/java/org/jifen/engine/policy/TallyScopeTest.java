package org.jifen.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.engine.policy.TestPolicies.compile;
import static org.jifen.engine.policy.TestPolicies.entry;
import static org.jifen.engine.policy.TestPolicies.evidence;
import static org.jifen.engine.policy.TestPolicies.resident;

import org.jifen.engine.history.MemberHistory;
import org.junit.jupiter.api.Test;

/**
 * Only the Tally facts some rule can match are inserted; a pattern that uses {@code key} other
 * than as a literal test, or does not test it at all (also inside accumulate), still sees every key.
 */
class TallyScopeTest {

    private static MemberHistory history() {
        MemberHistory history = new MemberHistory();
        history.addEntry(entry("a", "PATROL", "巡逻", "平安", 3, "2026-11-16T08:00"));
        history.addEntry(entry("b", "CLEANING", "清洁", "环境", 2, "2026-11-17T08:00"));
        return history;
    }

    @Test
    void aBoundKeySeesEveryKey() {
        CompiledPolicy policy = compile("""
                package village.testcun;
                rule "任意记录"
                when
                    $e : Evidence( type == "X" )
                    Tally( $k : key, key != "PATROL", period == "WEEK", count >= 1 )
                then
                    award.grant($e, 1, "有其他记录: " + $k);
                end
                """);
        assertThat(policy.evaluate(evidence("e", "X", "2026-11-18T08:00"), resident(), history()).awards())
                .extracting(AwardOutcome::reason).contains("有其他记录: CLEANING", "有其他记录: 清洁", "有其他记录: 巡逻");
    }

    @Test
    void literalKeysAreEnoughForLiteralTests() {
        CompiledPolicy policy = compile("""
                package village.testcun;
                rule "巡逻过"
                when
                    $e : Evidence( type == "X" )
                    Tally( key == "PATROL" || key == "清洁", period == "WEEK" )
                then
                    award.grant($e, 1, "有记录");
                end
                rule "没有任何记录"
                when
                    $e : Evidence( type == "Y" )
                    not Tally( key == "PATROL" )
                then
                    award.grant($e, 1, "无记录");
                end
                """);
        assertThat(policy.evaluate(evidence("e", "X", "2026-11-18T08:00"), resident(), history()).awards()).hasSize(2);
        assertThat(policy.evaluate(evidence("e", "Y", "2026-11-18T08:00"), resident(), history()).awards()).isEmpty();
        assertThat(policy.evaluate(evidence("e", "Y", "2026-11-18T08:00"), resident(), new MemberHistory()).awards())
                .hasSize(1);
    }

    @Test
    void aPatternWithoutAnyKeyTestSeesEveryKey() {
        CompiledPolicy policy = compile("""
                package village.testcun;
                rule "本周有记录"
                when
                    $e : Evidence( type == "X" )
                    $n : Number( intValue >= 4 ) from accumulate( $t : Tally( period == "WEEK" ), count( $t ) )
                then
                    award.grant($e, 1, "本周记录 " + $n);
                end
                """);
        assertThat(policy.evaluate(evidence("e", "X", "2026-11-18T08:00"), resident(), history()).awards())
                .extracting(AwardOutcome::reason).containsExactly("本周记录 4");
    }

    @Test
    void aPlainPatternWithoutAKeyTestSeesEveryKey() {
        CompiledPolicy policy = compile("""
                package village.testcun;
                rule "每条记录"
                when
                    $e : Evidence( type == "X" )
                    Tally( period == "WEEK", $k : count )
                then
                    award.grant($e, 1, "记录 " + $k);
                end
                """);
        assertThat(policy.evaluate(evidence("e", "X", "2026-11-18T08:00"), resident(), history()).awards()).hasSize(4);
    }
}
