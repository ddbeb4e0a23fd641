package org.jifen.api.household;

import org.jifen.api.village.KnownVillages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jifen.api.member.BasePeriod;
import org.jifen.api.policy.PolicyRegistry;
import org.jifen.api.policy.PolicyTimes;
import org.jifen.api.report.Period;
import org.jifen.engine.policy.BaseScore;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.persistence.ledger.LedgerMapper;
import org.jifen.persistence.village.VillageRow;
import org.jifen.api.web.InvalidFieldException;
import org.jifen.api.web.NotFoundException;
import org.jifen.persistence.ledger.LedgerRow;
import org.jifen.persistence.member.MemberMapper;
import org.jifen.persistence.member.MemberRow;
import org.jifen.persistence.report.MemberPoints;
import org.jifen.persistence.report.ReportMapper;
import org.jifen.persistence.village.VillageMapper;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Households' balances and statements of members and households. A household's entries are those
 * written for it (the ledger keeps the member's household at the time of each entry).
 */
@RestController
@RequestMapping("/api/v1/villages/{village}")
class StatementController {

    /** The most entries one statement shows; a longer period must be split. */
    static final int MAX_ENTRIES = 10_000;

    private final ReportMapper reports;
    private final MemberMapper members;
    private final VillageMapper villages;
    private final LedgerMapper ledger;
    private final PolicyRegistry policies;

    StatementController(ReportMapper reports, MemberMapper members, VillageMapper villages, LedgerMapper ledger,
            PolicyRegistry policies) {
        this.ledger = ledger;
        this.policies = policies;
        this.reports = reports;
        this.members = members;
        this.villages = villages;
    }

    @GetMapping("/households/{household}/balance")
    HouseholdBalanceView householdBalance(@PathVariable String village, @PathVariable String household) {
        VillageRow row = KnownVillages.require(villages, village);
        List<MemberPoints> shares = reports.householdMembers(village, household);
        BaseScore score = policies.active(village).map(CompiledPolicy::baseScore).orElse(null);
        Integer base = score != null && score.household() && score.points() != 0 ? score.points() : null;
        BasePeriod period = BasePeriod.of(base == null ? org.jifen.engine.history.Period.YEAR : score.period(),
                LocalDate.now(PolicyTimes.zone(row.timezone())));
        long earned = ledger.periodNet(village, null, household, period.from(), period.to()).earned();
        return new HouseholdBalanceView(village, household, shares.stream().mapToLong(MemberPoints::points).sum(),
                shares.stream().map(s -> new HouseholdBalanceView.MemberShare(s.memberId(), s.name(), s.points()))
                        .toList(), base, period.name(), earned, (base == null ? 0 : base) + earned);
    }

    @GetMapping("/members/{member}/statement")
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    StatementView memberStatement(@PathVariable String village, @PathVariable String member,
            @RequestParam LocalDate from, @RequestParam LocalDate to) {
        village(village);
        MemberRow row = members.findById(village, member);
        if (row == null) {
            throw new NotFoundException("本村没有登记成员 " + member + "（member " + member
                    + " is not registered in village " + village + "）");
        }
        return statement(village, member, null, row.name(), Period.of(from, to));
    }

    /** The member's statement as a workbook (?format=xlsx). */
    @GetMapping(path = "/members/{member}/statement", params = "format=xlsx")
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    ResponseEntity<byte[]> memberStatementXlsx(@PathVariable String village, @PathVariable String member,
            @RequestParam LocalDate from, @RequestParam LocalDate to) {
        return StatementWorkbook.of(KnownVillages.require(villages, village).name(),
                memberStatement(village, member, from, to));
    }

    /** The household's statement as a workbook (?format=xlsx). */
    @GetMapping(path = "/households/{household}/statement", params = "format=xlsx")
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    ResponseEntity<byte[]> householdStatementXlsx(@PathVariable String village, @PathVariable String household,
            @RequestParam LocalDate from, @RequestParam LocalDate to) {
        return StatementWorkbook.of(KnownVillages.require(villages, village).name(),
                householdStatement(village, household, from, to));
    }

    @GetMapping("/households/{household}/statement")
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    StatementView householdStatement(@PathVariable String village, @PathVariable String household,
            @RequestParam LocalDate from, @RequestParam LocalDate to) {
        village(village);
        String names = reports.householdMembers(village, household).stream().map(MemberPoints::name)
                .filter(n -> n != null && !n.isBlank()).collect(Collectors.joining("、"));
        return statement(village, null, household, names.isEmpty() ? null : names, Period.of(from, to));
    }

    /** Opening balance, entries and closing balance, read in one snapshot (the caller's transaction). */
    private StatementView statement(String village, String member, String household, String name, Period period) {
        long opening = reports.sumBefore(village, member, household, period.start());
        List<LedgerRow> rows = reports.entries(village, member, household, period.start(), period.end(),
                MAX_ENTRIES + 1);
        if (rows.size() > MAX_ENTRIES) {
            throw new InvalidFieldException("to", "超过 " + MAX_ENTRIES + " 条记录，请缩短查询期间（more than "
                    + MAX_ENTRIES + " entries: ask for a shorter period）");
        }
        Map<String, String> names = new HashMap<>();
        members.findByIds(village, rows.stream().map(LedgerRow::memberId).distinct().toList())
                .forEach(m -> names.put(m.memberId(), m.name()));
        List<StatementEntry> entries = new ArrayList<>(rows.size());
        long balance = opening;
        long credited = 0;
        long debited = 0;
        for (LedgerRow row : rows) {
            balance += row.points();
            credited += Math.max(0, row.points());
            debited += Math.max(0, -row.points());
            entries.add(StatementEntry.of(row, names.get(row.memberId()), balance));
        }
        return new StatementView(village, member, household, name, period.from(), period.to(), opening, entries, credited,
                debited, balance);
    }

    private void village(String village) {
        KnownVillages.require(villages, village);
    }
}
