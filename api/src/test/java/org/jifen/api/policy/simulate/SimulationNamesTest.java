package org.jifen.api.policy.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The what-if's rows carry members' names once the run is done; figures and counts are unchanged. */
class SimulationNamesTest {

    @Test
    void namesAreAddedToMemberAndHouseholdRows() {
        LocalDateTime at = LocalDateTime.of(2026, 11, 1, 0, 0);
        SimulationReport report = new SimulationReport("v", at, at.plusDays(30), 1, 3, 5, true, at.plusDays(30),
                new SimulationReport.Totals(4, 10, 6),
                new SimulationReport.Listing<>(3, 2, 0, List.of(new SimulationReport.MemberPoints("zhang", "h-1", 2, 5, 3),
                        new SimulationReport.MemberPoints("li", "h-1", 2, 5, 3),
                        new SimulationReport.MemberPoints("anon", null, 0, 0, 0))),
                new SimulationReport.Listing<>(1, 1, 0, List.of(new SimulationReport.HouseholdPoints("h-1", 2, 4, 10, 6))),
                new SimulationReport.Changes(0, 0, List.of()), new SimulationReport.Errors(0, List.of()),
                new SimulationReport.Errors(0, List.of()));
        SimulationReport named = report.withNames(Map.of("zhang", "张三", "li", "李四"));
        assertThat(named.members().rows()).extracting(SimulationReport.MemberPoints::name)
                .containsExactly("张三", "李四", null);
        assertThat(named.households().rows().get(0).names()).isEqualTo("张三、李四");
        assertThat(named.totals()).isEqualTo(report.totals());
        assertThat(named.members().count()).isEqualTo(3);
    }
}
