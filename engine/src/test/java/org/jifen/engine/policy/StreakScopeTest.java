package org.jifen.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.engine.policy.TestPolicies.compile;

import org.junit.jupiter.api.Test;

/** Which evidence types' streaks a policy can read, so that callers load approved days only for those. */
class StreakScopeTest {

    @Test
    void aLiteralTypeTestLimitsTheStreaksRead() {
        CompiledPolicy policy = compile("""
                package village.testcun;
                rule "连续清洁"
                when
                    $e : Evidence( type == "CLEANING", approved )
                    Streak( type == "CLEANING" || type == "SORTING", days >= 7 )
                then
                    award.grant($e, 5, "连续七天");
                end
                """);
        assertThat(policy.usesStreak()).isTrue();
        assertThat(policy.usesStreakOf("CLEANING")).isTrue();
        assertThat(policy.usesStreakOf("SORTING")).isTrue();
        assertThat(policy.usesStreakOf("PATROL")).isFalse();
    }

    @Test
    void aStreakWithoutALiteralTypeReadsEveryType() {
        CompiledPolicy bound = compile("""
                package village.testcun;
                rule "任何连续"
                when
                    $e : Evidence( approved )
                    Streak( $t : type, days >= 3 )
                then
                    award.grant($e, 1, "连续 " + $t);
                end
                """);
        CompiledPolicy untested = compile("""
                package village.testcun;
                rule "任何连续"
                when
                    $e : Evidence( approved )
                    exists Streak( days >= 3 )
                then
                    award.grant($e, 1, "连续");
                end
                """);
        assertThat(bound.usesStreakOf("PATROL")).isTrue();
        assertThat(untested.usesStreakOf("PATROL")).isTrue();
    }

    @Test
    void noStreakPatternReadsNoStreaks() {
        CompiledPolicy policy = compile("""
                package village.testcun;
                rule "巡逻"
                when
                    $e : Evidence( type == "PATROL", approved )
                then
                    award.grant($e, 2, "巡逻");
                end
                """);
        assertThat(policy.usesStreak()).isFalse();
        assertThat(policy.usesStreakOf("PATROL")).isFalse();
    }
}
