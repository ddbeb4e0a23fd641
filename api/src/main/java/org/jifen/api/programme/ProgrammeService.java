package org.jifen.api.programme;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jifen.api.audit.AuditAction;
import org.jifen.api.audit.AuditLog;
import org.jifen.api.evaluation.Evaluator;
import org.jifen.api.ledger.LedgerTransactions;
import org.jifen.api.policy.PolicyRegistry;
import org.jifen.api.report.Period;
import org.jifen.api.web.NotFoundException;
import org.jifen.engine.history.PeriodName;
import org.jifen.engine.policy.AwardOutcome;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.ProgrammeAward;
import org.jifen.engine.policy.Standings;
import org.jifen.facts.Standing;
import org.jifen.persistence.ledger.LedgerKind;
import org.jifen.persistence.ledger.LedgerMapper;
import org.jifen.persistence.ledger.LedgerRow;
import org.jifen.persistence.programme.MemberTotal;
import org.jifen.persistence.programme.ProgrammeEntry;
import org.jifen.persistence.programme.ProgrammeMapper;
import org.jifen.persistence.programme.ProgrammeRunRow;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Runs a programme at a period's close: totals per member and per household from the ledger
 * (every member, 0 included; programme awards left out), ranked, then the programme rules through
 * the {@link Evaluator}. Each rule's awards for a period share the ledger source
 * {@code programme:<rule>:<period>}, numbered from 0, and each rule a run decides is recorded in
 * programme_runs, awards or not, so it is decided once: a later run lists it as already run, and a
 * concurrent run that loses the race on the programme_runs key writes nothing.
 * A household's award is entered on its first member (by id), with the household's id.
 */
@Service
class ProgrammeService {

    private final PolicyRegistry registry;
    private final ProgrammeMapper programmes;
    private final LedgerMapper ledger;
    private final Evaluator evaluator;
    private final LedgerTransactions transactions;
    private final AuditLog audit;

    ProgrammeService(PolicyRegistry registry, ProgrammeMapper programmes, LedgerMapper ledger, Evaluator evaluator,
            LedgerTransactions transactions, AuditLog audit) {
        this.registry = registry;
        this.programmes = programmes;
        this.ledger = ledger;
        this.evaluator = evaluator;
        this.transactions = transactions;
        this.audit = audit;
    }

    ProgrammeRunView run(String village, String periodText, boolean dryRun) {
        CompiledPolicy policy = policy(village);
        return run(policy, Period.named("period", periodText), dryRun, null);
    }

    /** The village's active policy; 404 without one. */
    CompiledPolicy policy(String village) {
        return registry.active(village)
                .orElseThrow(() -> new NotFoundException("village " + village + " does not exist or has no policy"));
    }

    /** Runs {@code period} with {@code policy}; {@code operator}: the ledger operator of its entries (null for a run by hand). */
    ProgrammeRunView run(CompiledPolicy policy, PeriodName period, boolean dryRun, String operator) {
        try {
            return transactions.run(() -> once(policy, period, dryRun, operator));
        } catch (DuplicateKeyException raced) { // a concurrent run wrote them first: show what is stored now
            return transactions.run(() -> once(policy, period, true, operator));
        }
    }

    private ProgrammeRunView once(CompiledPolicy policy, PeriodName period, boolean dryRun, String operator) {
        String village = policy.villageId();
        LocalDateTime from = period.start().atStartOfDay();
        LocalDateTime to = period.end().atStartOfDay();
        Map<String, Integer> members = new TreeMap<>();
        Map<String, Integer> households = new TreeMap<>();
        Map<String, String> firstMember = new TreeMap<>();
        Map<String, String> householdOf = new TreeMap<>();
        for (MemberTotal total : programmes.periodTotals(village, from, to)) {
            members.put(total.memberId(), Math.toIntExact(total.points()));
            householdOf.put(total.memberId(), total.householdId());
            if (total.householdId() != null) {
                households.merge(total.householdId(), Math.toIntExact(total.points()), Integer::sum);
                firstMember.putIfAbsent(total.householdId(), total.memberId());
            }
        }
        List<Standing> standings = new ArrayList<>(Standings.rank("户", period.period(), period.name(), households));
        standings.addAll(Standings.rank("人", period.period(), period.name(), members));
        List<ProgrammeAward> awards = evaluator.runProgramme(policy, period.period(), standings).stream()
                .filter(a -> a.award().credited()).toList();
        Map<String, String> sources = new LinkedHashMap<>();
        new TreeMap<>(policy.rules()).forEach((rule, spec) -> { // by name: alreadyRun in a stable order
            if (spec.programme() == period.period()) {
                sources.put(rule, source(rule, period));
            }
        });
        awards.forEach(a -> sources.putIfAbsent(a.award().rule(), source(a.award().rule(), period)));
        List<ProgrammeEntry> stored = programmes.entriesOf(village, List.copyOf(sources.values()));
        Set<String> written = new HashSet<>(programmes.decided(village, List.copyOf(sources.values())));
        stored.forEach(e -> written.add(e.sourceId()));
        List<String> alreadyRun = sources.entrySet().stream().filter(e -> written.contains(e.getValue()))
                .map(Map.Entry::getKey).toList();
        List<ProgrammeRunView.Line> lines = new ArrayList<>();
        List<LedgerRow> rows = new ArrayList<>();
        Map<String, Integer> seq = new TreeMap<>();
        for (ProgrammeAward a : awards) {
            AwardOutcome award = a.award();
            Standing s = a.standing();
            boolean household = s.scope().equals("户");
            String member = household ? firstMember.get(s.id()) : s.id();
            String source = sources.get(award.rule());
            boolean write = !dryRun && !written.contains(source);
            if (write) {
                LedgerKind kind = award.kind() == AwardOutcome.Kind.HONOUR ? LedgerKind.HONOUR : LedgerKind.AWARD;
                int n = seq.merge(source + "/" + kind, 1, Integer::sum) - 1;
                rows.add(new LedgerRow(village, null, member, household ? s.id() : householdOf.get(member),
                        null, n, null, to.minusSeconds(1), award.rule(), award.category(), award.points(),
                        award.points(), policy.version(), kind, source, null, operator, award.reason(), null));
            }
            lines.add(new ProgrammeRunView.Line(award.rule(), s.scope(), s.id(), s.rank(), s.of(), s.total(), member,
                    award.kind().name(), award.points(), award.reason(), write));
        }
        List<ProgrammeRunRow> runs = dryRun ? List.of() : sources.entrySet().stream()
                .filter(e -> !written.contains(e.getValue()))
                .map(e -> new ProgrammeRunRow(village, e.getValue(), e.getKey(), period.name(),
                        (int) rows.stream().filter(r -> r.sourceId().equals(e.getValue())).count(), policy.version(),
                        operator))
                .toList();
        if (!runs.isEmpty()) {
            programmes.insertRuns(runs); // first: a concurrent run fails here on the key and is retried as a dry run
            if (!rows.isEmpty()) {
                ledger.insertAll(rows);
            }
            audit.record(village, AuditAction.PROGRAMME_RUN, "programmes/" + period.name(),
                    "评比 " + period.name() + (operator == null ? "" : "（期末自动评定）") + "：写入 " + rows.size() + " 条（" + String.join("、",
                            sources.keySet().stream().filter(r -> !alreadyRun.contains(r)).toList()) + "）");
        }
        return new ProgrammeRunView(village, period.period().name(), period.name(), dryRun, lines, alreadyRun,
                RunComparison.sinceRun(alreadyRun, sources, stored, lines, firstMember));
    }

    static String source(String rule, PeriodName period) {
        return "programme:" + rule + ":" + period.name();
    }
}
