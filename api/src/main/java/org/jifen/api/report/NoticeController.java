package org.jifen.api.report;

import jakarta.validation.constraints.Pattern;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jifen.api.export.Download;
import org.jifen.api.policy.PolicyTimes;
import org.jifen.api.village.KnownVillages;
import org.jifen.engine.policy.ServiceSettings;
import org.jifen.persistence.member.MemberRow;
import org.jifen.persistence.report.MemberPoints;
import org.jifen.persistence.report.ReportMapper;
import org.jifen.persistence.village.VillageMapper;
import org.jifen.persistence.village.VillageRow;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public notice (公示) of a period ({@code period=2026-Q1}, or {@code from} and {@code to}): every member
 * who earned points, masked (village settings {@code notice.mask}, {@code notice.issuer}, {@code notice.days}),
 * and the honours (荣誉榜) of programme runs dated in the period, as HTML to print, CSV (the points table only) or .xlsx.
 */
@RestController
@Validated
@RequestMapping("/api/v1/villages/{village}/reports")
class NoticeController {

    /** The most lines a notice lists. */
    static final int MAX_NOTICE_LINES = 5_000;

    private final ReportMapper reports;
    private final VillageMapper villages;
    private final VillageSettings settings;

    NoticeController(ReportMapper reports, VillageMapper villages, VillageSettings settings) {
        this.reports = reports;
        this.villages = villages;
        this.settings = settings;
    }

    @GetMapping("/notice")
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    ResponseEntity<byte[]> notice(@PathVariable String village, @RequestParam(required = false) String period,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "html") @Pattern(regexp = "csv|html|xlsx",
                    message = "只能是 csv、html 或 xlsx") String format) {
        VillageRow row = KnownVillages.require(villages, village);
        Period days = Period.requested(period, from, to);
        Notice notice = notice(row, days);
        String name = row.name() + "积分公示-" + (from == null ? period.strip() : from + "至" + to);
        if (format.equals("xlsx")) {
            return Download.xlsx(name + ".xlsx", NoticeWriter.xlsx(notice));
        }
        boolean csv = format.equals("csv");
        MediaType type = new MediaType("text", csv ? "csv" : "html", StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(type)
                .header("Content-Disposition", Download.disposition("inline", name + "." + format))
                .body((csv ? NoticeWriter.csv(notice) : NoticeWriter.html(notice)).getBytes(StandardCharsets.UTF_8));
    }

    private Notice notice(VillageRow row, Period period) {
        String village = row.villageId();
        ServiceSettings.Notice setting = settings.typed(village).notice();
        NameMask mask = NameMask.of(setting.mask());
        Map<String, MemberPoints> balances = new HashMap<>();
        reports.balancesAsOf(village, period.end().minusSeconds(1)).forEach(b -> balances.put(b.memberId(), b));
        Map<String, String> households = households(village, mask);
        List<NoticeLine> lines = new ArrayList<>();
        for (ReportController.Ranked r : ReportController.ranked(
                reports.ranking(village, false, null, period.start(), period.end(), MAX_NOTICE_LINES))) {
            MemberPoints balance = balances.get(r.row().id());
            String household = balance == null || balance.householdId() == null ? null
                    : households.get(balance.householdId());
            lines.add(new NoticeLine(r.rank(), r.row().name() == null || r.row().name().isBlank() ? "（未登记姓名）"
                    : mask.apply(r.row().name().strip()), household, r.row().points(),
                    balance == null ? 0 : balance.points()));
        }
        LocalDate today = LocalDate.now(PolicyTimes.zone(row.timezone()));
        String issuer = setting.issuer() != null ? setting.issuer() : Notice.defaultIssuer(row.name());
        List<NoticeHonour> honours = NoticeHonours.of(reports.honours(village, period.start(), period.end()),
                households, mask);
        return new Notice(Notice.title(row.name(), period), issuer, today, period, today.plusDays(setting.days() - 1L),
                lines, honours);
    }

    /** Each household by its head's masked name (张*华户): the member with role HEAD (HOUSEHOLD_HEAD, 户主), else the first named. */
    private Map<String, String> households(String village, NameMask mask) {
        Map<String, MemberRow> heads = new HashMap<>();
        for (MemberRow m : reports.namedHouseholdMembers(village)) {
            MemberRow head = heads.get(m.householdId());
            if (head == null || (!isHead(head) && isHead(m))) {
                heads.put(m.householdId(), m);
            }
        }
        Map<String, String> names = new HashMap<>();
        heads.forEach((household, head) -> names.put(household, mask.apply(head.name().strip()) + "户"));
        return names;
    }

    private static boolean isHead(MemberRow member) {
        String roles = "," + (member.roles() == null ? "" : member.roles().replace(" ", "")) + ",";
        return roles.contains(",HEAD,") || roles.contains(",HOUSEHOLD_HEAD,") || roles.contains(",户主,");
    }
}
