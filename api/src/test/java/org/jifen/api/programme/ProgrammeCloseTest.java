package org.jifen.api.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jifen.api.evaluation.VillagePolicyTest;
import org.jifen.engine.history.Period;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The scheduled run at a period's close (评星): due afterDays after the close, written once, a day early nothing. */
class ProgrammeCloseTest extends VillagePolicyTest {

    private static final String RULES = """
            package village.closing;

            rule "好事" @category("善治")
            when $e : Evidence( type == "GOOD_DEED", approved ) then award.grant($e, 3, "做好事"); end

            rule "季度星" @programme("QUARTER") @category("评星")
            when $s : Standing( scope == "户", rank <= 1, total > 0 )
            then award.honour($s, "季度星"); award.grant($s, 5, "季度星奖励");
            end
            """;

    @Autowired
    private ProgrammeCloser closer;

    @Test
    void theQuarterRunsAfterItsCloseOnceAndNotBefore() {
        String village = unique("closing");
        publishVillage(village, RULES, "settings:\n  programme.afterDays: \"2\"\n");
        String household = unique("h");
        String member = unique("m");
        Response registered = put(memberPath(village, member), Map.of("householdId", household,
                "roles", List.of("RESIDENT"), "joinedOn", "2025-01-01"));
        assertThat(registered.status()).as(registered.raw()).isEqualTo(200);
        deed(village, member, "2026-03-31T22:00");

        assertThat(closer.runClosed(village, LocalDate.parse("2026-03-31"))).allSatisfy(r ->
                assertThat(r.period()).isNotEqualTo("2026-Q1"));
        assertThat(closer.runClosed(village, LocalDate.parse("2026-04-02"))).allSatisfy(r ->
                assertThat(r.period()).isNotEqualTo("2026-Q1"));
        assertThat(programmeRows(village)).isZero();

        List<ProgrammeRunView> due = closer.runClosed(village, LocalDate.parse("2026-04-03"));
        assertThat(due).singleElement().satisfies(r -> {
            assertThat(r.period()).isEqualTo("2026-Q1");
            assertThat(r.awards()).hasSize(2).allSatisfy(line -> assertThat(line.written()).isTrue());
        });
        assertThat(programmeRows(village)).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT DISTINCT operator FROM ledger WHERE village_id = ? AND source_id LIKE "
                + "'programme:%'", String.class, village)).containsExactly(ProgrammeCloser.OPERATOR);

        List<ProgrammeRunView> again = closer.runClosed(village, LocalDate.parse("2026-04-04"));
        assertThat(again).singleElement().satisfies(r -> assertThat(r.alreadyRun()).containsExactly("季度星"));
        assertThat(programmeRows(village)).isEqualTo(2);
        assertThat(closer.runClosed(village, LocalDate.parse("2026-04-10"))).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE village_id = ? AND action = 'PROGRAMME_RUN'",
                Long.class, village)).isEqualTo(1);
    }

    @Test
    void aVillageWithoutProgrammesRunsNothing() {
        String village = unique("noprog");
        publishVillage(village, "package village.none;\n\nrule \"好事\"\nwhen $e : Evidence( type == \"GOOD_DEED\" )\n"
                + "then award.grant($e, 1, \"做好事\"); end\n", "");
        assertThat(closer.runClosed(village, LocalDate.parse("2026-04-01"))).isEmpty();
    }

    @Test
    void theDuePeriodIsTheLastClosedOneWithinTheCatchUpDays() {
        assertThat(ProgrammeCloser.due(Period.QUARTER, LocalDate.parse("2026-04-01"), 0).name()).isEqualTo("2026-Q1");
        assertThat(ProgrammeCloser.due(Period.QUARTER, LocalDate.parse("2026-04-07"), 0).name()).isEqualTo("2026-Q1");
        assertThat(ProgrammeCloser.due(Period.QUARTER, LocalDate.parse("2026-04-08"), 0)).isNull();
        assertThat(ProgrammeCloser.due(Period.QUARTER, LocalDate.parse("2026-03-31"), 0)).isNull();
        assertThat(ProgrammeCloser.due(Period.HALF_YEAR, LocalDate.parse("2026-07-01"), 0).name()).isEqualTo("2026-H1");
        assertThat(ProgrammeCloser.due(Period.YEAR, LocalDate.parse("2027-01-11"), 10).name()).isEqualTo("2026");
        assertThat(ProgrammeCloser.due(Period.YEAR, LocalDate.parse("2027-01-10"), 10)).isNull();
        assertThat(ProgrammeCloser.due(Period.MONTH, LocalDate.parse("2026-05-01"), 0).name()).isEqualTo("2026-04");
    }

    private long programmeRows(String village) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ledger WHERE village_id = ? AND source_id LIKE 'programme:%'",
                Long.class, village);
    }

    private void deed(String village, String member, String at) {
        ObjectNode evidence = JSON.createObjectNode();
        evidence.put("id", unique("gd")).put("type", "GOOD_DEED").put("memberId", member).put("occurredAt", at)
                .put("status", "APPROVED");
        Response response = post(evaluations(village), batch(false, evidence));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }
}
