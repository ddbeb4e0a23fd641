package org.jifen.api.report;

import org.jifen.persistence.ledger.LedgerKind;
import org.jifen.api.village.KnownVillages;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jifen.api.web.InvalidFieldException;
import org.jifen.engine.history.PeriodName;
import org.jifen.persistence.report.KindTotals;
import org.jifen.persistence.report.RankRow;
import org.jifen.persistence.report.ReportMapper;
import org.jifen.persistence.village.VillageMapper;
import org.jifen.persistence.village.VillageRow;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Rankings and the summary (of a month, quarter, half-year or year) of a village, as JSON or (?format=xlsx) as workbooks; the notice is {@link NoticeController}. */
@RestController
@Validated
@RequestMapping("/api/v1/villages/{village}/reports")
class ReportController {

    private final ReportMapper reports;
    private final VillageMapper villages;

    ReportController(ReportMapper reports, VillageMapper villages) {
        this.reports = reports;
        this.villages = villages;
    }

    /** The rankings as a workbook (?format=xlsx): 排名, 编号, 姓名, 积分 under the village and the period. */
    @GetMapping(path = "/rankings", params = "format=xlsx")
    ResponseEntity<byte[]> rankingsXlsx(@PathVariable String village, @RequestParam(required = false) String period,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "member") @Pattern(regexp = "member|household",
                    message = "只能是 member（成员）或 household（家庭）") String by,
            @RequestParam(required = false) String category,
            @RequestParam(defaultValue = "10") @Min(1) @Max(500) int limit) {
        RankingView view = rankings(village, period, from, to, by, category, limit);
        return ReportWorkbooks.rankings(village(village).name(), view);
    }

    /** The summary as a workbook (?format=xlsx): 项目 and 积分. */
    @GetMapping(path = "/summary", params = "format=xlsx")
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    ResponseEntity<byte[]> summaryXlsx(@PathVariable String village, @RequestParam(required = false) String month,
            @RequestParam(required = false) String period) {
        SummaryView view = summary(village, month, period);
        return ReportWorkbooks.summary(village(village).name(), view);
    }

    /** Rankings of a period given as {@code period} (2026-Q1 …) or as {@code from} and {@code to}. */
    @GetMapping("/rankings")
    RankingView rankings(@PathVariable String village, @RequestParam(required = false) String period,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "member") @Pattern(regexp = "member|household",
                    message = "只能是 member（成员）或 household（家庭）") String by,
            @RequestParam(required = false) String category,
            @RequestParam(defaultValue = "10") @Min(1) @Max(500) int limit) {
        village(village);
        Period days = Period.requested(period, from, to);
        String only = category == null || category.isBlank() ? null : category.strip();
        List<RankRow> rows = reports.ranking(village, by.equals("household"), only, days.start(), days.end(), limit);
        return new RankingView(village, by, only, days.from(), days.to(),
                period == null || period.isBlank() ? null : Period.named("period", period).name(),
                ranked(rows).stream().map(r -> new RankingView.Row(r.rank, r.row.id(), r.row.name(), r.row.points()))
                        .toList());
    }

    /** The summary of a month ({@code month=2026-11}) or of any named period ({@code period=2026-Q1}); exactly one. */
    @GetMapping("/summary")
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    SummaryView summary(@PathVariable String village, @RequestParam(required = false) String month,
            @RequestParam(required = false) String period) {
        village(village);
        PeriodName named = summaryPeriod(month, period);
        Period days = Period.of(named);
        Map<LedgerKind, KindTotals> byKind = new java.util.EnumMap<>(LedgerKind.class);
        reports.totalsByKind(village, days.start(), days.end()).forEach(t -> byKind.put(t.kind(), t));
        long opening = reports.sumBefore(village, null, null, days.start());
        return new SummaryView(village, named.period() == org.jifen.engine.history.Period.MONTH ? named.name() : null,
                named.name(), named.period().name(), named.chinese(), credited(byKind, LedgerKind.AWARD), debited(byKind, LedgerKind.AWARD),
                debited(byKind, LedgerKind.REDEMPTION) - credited(byKind, LedgerKind.REDEMPTION_CANCEL), debited(byKind, LedgerKind.EXPIRY),
                debited(byKind, LedgerKind.REVERSAL) - credited(byKind, LedgerKind.REVERSAL),
                credited(byKind, LedgerKind.ADJUSTMENT) - debited(byKind, LedgerKind.ADJUSTMENT), opening,
                reports.sumBefore(village, null, null, days.end()));
    }

    private static PeriodName summaryPeriod(String month, String period) {
        boolean byMonth = month != null && !month.isBlank();
        boolean byPeriod = period != null && !period.isBlank();
        if (byMonth == byPeriod) {
            throw new InvalidFieldException("period", byMonth ? "month 和 period 只能给一个（give month or period, not both）"
                    : "缺少期间：写 period（如 2026-Q1）或 month（如 2026-11）（give period or month）");
        }
        if (byPeriod) {
            return Period.named("period", period);
        }
        try {
            return PeriodName.of(org.jifen.engine.history.Period.MONTH, YearMonth.parse(month.strip()).atDay(1));
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidFieldException("month", "月份的格式应为 2026-11（must be a month such as 2026-11）");
        }
    }

    record Ranked(int rank, RankRow row) {
    }

    /** Competition ranking: equal points share a rank, the next rank skips (1, 1, 3). */
    static List<Ranked> ranked(List<RankRow> rows) {
        List<Ranked> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            boolean tie = i > 0 && rows.get(i).points() == rows.get(i - 1).points();
            out.add(new Ranked(tie ? out.get(i - 1).rank : i + 1, rows.get(i)));
        }
        return out;
    }

    private static long credited(Map<LedgerKind, KindTotals> byKind, LedgerKind kind) {
        KindTotals t = byKind.get(kind);
        return t == null ? 0 : t.credited();
    }

    private static long debited(Map<LedgerKind, KindTotals> byKind, LedgerKind kind) {
        KindTotals t = byKind.get(kind);
        return t == null ? 0 : t.debited();
    }

    private VillageRow village(String village) {
        VillageRow row = KnownVillages.require(villages, village);
        return row;
    }
}
