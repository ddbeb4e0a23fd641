package org.jifen.api.member;

import org.jifen.api.village.KnownVillages;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jifen.api.audit.AuditAction;
import org.jifen.api.audit.AuditLog;
import org.jifen.api.policy.PolicyRegistry;
import org.jifen.api.policy.PolicyTimes;
import org.jifen.engine.history.Period;
import org.jifen.engine.policy.BaseScore;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.api.web.NotFoundException;
import org.jifen.persistence.ledger.CategoryPoints;
import org.jifen.persistence.ledger.LedgerMapper;
import org.jifen.persistence.ledger.PeriodNet;
import org.jifen.persistence.member.MemberMapper;
import org.jifen.persistence.member.MemberRow;
import org.jifen.persistence.review.ReviewMapper;
import org.jifen.persistence.village.VillageMapper;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Members of a village: registration, balance and ledger. */
@RestController
@Validated
@RequestMapping("/api/v1/villages/{village}/members/{member}")
class MemberController {

    private static final String ID = "[\\p{L}\\p{N}_.:@-]{1,64}";

    private final MemberMapper members;
    private final VillageMapper villages;
    private final LedgerMapper ledger;
    private final AuditLog audit;
    private final ReviewMapper reviews;
    private final PolicyRegistry policies;

    MemberController(MemberMapper members, VillageMapper villages, LedgerMapper ledger, AuditLog audit,
            ReviewMapper reviews, PolicyRegistry policies) {
        this.policies = policies;
        this.reviews = reviews;
        this.audit = audit;
        this.members = members;
        this.villages = villages;
        this.ledger = ledger;
    }

    @PutMapping
    MemberView register(@PathVariable String village, @PathVariable @Pattern(regexp = ID, message = "must be 1 to 64 letters, digits or _ . : @ -") String member,
            @Valid @RequestBody MemberRequest request) {
        KnownVillages.require(villages, village);
        MemberRow before = members.findById(village, member);
        // roles left out keep the stored ones (an edit that does not show them must not drop them)
        String roles = request.roles() == null ? (before == null ? "" : before.roles())
                : String.join(",", request.roles().stream().distinct().sorted().toList());
        members.upsert(new MemberRow(village, member, request.householdId(), roles, request.joinedOn(),
                request.name() == null || request.name().isBlank() ? null : request.name().strip()));
        MemberRow after = members.findById(village, member);
        if (before == null || !sameRegistration(before, after)) {
            audit.record(village, AuditAction.MEMBER_REGISTER, "members/" + member, null, null,
                    (before == null ? "registered" : "updated") + ": household " + after.householdId() + ", roles "
                            + after.roles() + (after.joinedOn() == null ? "" : ", joined " + after.joinedOn())
                            + (after.name() == null ? "" : ", name " + after.name()));
        }
        return MemberView.of(after);
    }

    @GetMapping
    MemberView get(@PathVariable String village, @PathVariable String member) {
        return MemberView.of(existing(village, member));
    }

    @GetMapping("/balance")
    BalanceView balance(@PathVariable String village, @PathVariable String member) {
        MemberRow row = existing(village, member);
        Map<String, Long> byCategory = new LinkedHashMap<>();
        long total = 0;
        for (CategoryPoints points : ledger.balanceByCategory(village, member)) {
            byCategory.put(points.category(), points.points());
            total += points.points();
        }
        BaseScore score = policies.active(village).map(CompiledPolicy::baseScore).orElse(null);
        BalanceView.Base base = BalanceView.Base.of(score);
        LocalDate today = LocalDate.now(PolicyTimes.zone(KnownVillages.require(villages, village).timezone()));
        BasePeriod period = BasePeriod.of(score == null ? Period.YEAR : score.period(), today);
        boolean household = base != null && score.household() && row.householdId() != null;
        PeriodNet earned = ledger.periodNet(village, member, household ? row.householdId() : null, period.from(),
                period.to());
        BasePeriod year = BasePeriod.of(Period.YEAR, today);
        long warnings = !household && period.equals(year) ? earned.warnings()
                : ledger.periodNet(village, member, null, year.from(), year.to()).warnings();
        return new BalanceView(village, member, row.householdId(), total, byCategory,
                reviews.pendingPoints(village, member), total, base, period.name(), earned.earned(),
                (base == null ? 0 : base.points()) + earned.earned(), warnings);
    }

    @GetMapping("/ledger")
    LedgerPage ledger(@PathVariable String village, @PathVariable String member,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        existing(village, member);
        var items = ledger.page(village, member, page * size, size).stream().map(LedgerEntryView::of).toList();
        return new LedgerPage(items, page, size, ledger.countForMember(village, member));
    }

    private static boolean sameRegistration(MemberRow a, MemberRow b) {
        return java.util.Objects.equals(a.householdId(), b.householdId()) && java.util.Objects.equals(a.roles(), b.roles())
                && java.util.Objects.equals(a.joinedOn(), b.joinedOn()) && java.util.Objects.equals(a.name(), b.name());
    }

    private MemberRow existing(String village, String member) {
        MemberRow row = members.findById(village, member);
        if (row == null) {
            throw new NotFoundException("member " + member + " is not registered in village " + village);
        }
        return row;
    }
}
