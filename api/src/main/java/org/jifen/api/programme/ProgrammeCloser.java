package org.jifen.api.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jifen.api.policy.PolicyRegistry;
import org.jifen.engine.history.Period;
import org.jifen.engine.history.PeriodName;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.RuleSpec;
import org.springframework.stereotype.Service;

/**
 * Runs the programmes whose period has just closed (评星 at the period's close): for each period
 * kind of the village's programme rules, the last period of that kind that ended at least
 * {@code programme.afterDays} days ago, in the village's days. A period is due from its end plus
 * afterDays for {@link #CATCH_UP_DAYS} days (a missed day is caught up; an older period is run by
 * hand), and {@link ProgrammeService#run} writes each rule and period once, so running every day is safe.
 */
@Service
class ProgrammeCloser {

    /** How many days a closed period stays due. */
    static final int CATCH_UP_DAYS = 7;

    /** The ledger operator of the entries a scheduled run writes. */
    static final String OPERATOR = "SYSTEM";

    private final PolicyRegistry registry;
    private final ProgrammeService service;

    ProgrammeCloser(PolicyRegistry registry, ProgrammeService service) {
        this.registry = registry;
        this.service = service;
    }

    /** Runs what is due in {@code village} on its day {@code today}; nothing without programme rules. */
    List<ProgrammeRunView> runClosed(String village, LocalDate today) {
        CompiledPolicy policy = registry.active(village).orElse(null);
        if (policy == null) {
            return List.of();
        }
        Set<Period> kinds = EnumSet.noneOf(Period.class);
        for (RuleSpec spec : policy.rules().values()) {
            if (spec.programme() != null) {
                kinds.add(spec.programme());
            }
        }
        List<ProgrammeRunView> runs = new ArrayList<>();
        for (Period kind : kinds) {
            PeriodName due = due(kind, today, policy.settings().programmeAfterDays());
            if (due != null) {
                runs.add(service.run(policy, due, false, OPERATOR));
            }
        }
        return runs;
    }

    /** The period of {@code kind} due on {@code today}, or null: the last one ended afterDays before, within the catch-up days. */
    static PeriodName due(Period kind, LocalDate today, int afterDays) {
        if (kind == Period.WEEK || kind == Period.DAY) {
            return null;
        }
        PeriodName closed = PeriodName.of(kind, today.minusDays(afterDays)).previous();
        LocalDate from = closed.end().plusDays(afterDays);
        return today.isBefore(from.plusDays(CATCH_UP_DAYS)) ? closed : null;
    }
}
