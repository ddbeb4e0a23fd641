package org.jifen.api.expiry;

import org.jifen.persistence.ledger.LedgerKind;
import org.jifen.api.village.KnownVillages;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jifen.api.audit.AuditAction;
import org.jifen.api.audit.AuditLog;
import org.jifen.api.ledger.LedgerTransactions;
import org.jifen.api.report.VillageSettings;
import org.jifen.api.web.InvalidFieldException;
import org.jifen.api.web.Problems;
import org.jifen.persistence.ledger.LedgerMapper;
import org.jifen.persistence.ledger.LedgerRow;
import org.jifen.persistence.member.MemberMapper;
import org.jifen.persistence.member.MemberRow;
import org.jifen.persistence.report.MemberPoints;
import org.jifen.persistence.report.ReportMapper;
import org.jifen.persistence.village.VillageMapper;
import org.jifen.persistence.village.VillageRow;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Writes the EXPIRY entries of a village for one day (see {@link ExpiryRule} for the amounts).
 * Idempotent: each member's entry has source_id {@code <date>/<member>}, unique in the ledger, and
 * members the day's run already expired are skipped. Members are locked in ordered chunks, one
 * transaction per chunk. A day before the village's latest expiry is refused (its lots are gone).
 */
@Service
class ExpiryService {

    static final String CATEGORY = "过期";
    private static final int CHUNK = 200;

    private final ReportMapper reports;
    private final MemberMapper members;
    private final LedgerMapper ledger;
    private final VillageMapper villages;
    private final VillageSettings settings;
    private final LedgerTransactions transactions;
    private final AuditLog audit;

    ExpiryService(ReportMapper reports, MemberMapper members, LedgerMapper ledger, VillageMapper villages,
            VillageSettings settings, LedgerTransactions transactions, AuditLog audit) {
        this.reports = reports;
        this.members = members;
        this.ledger = ledger;
        this.villages = villages;
        this.settings = settings;
        this.transactions = transactions;
        this.audit = audit;
    }

    /** The village's expiry setting. */
    ExpiryMode mode(String villageId) {
        return ExpiryMode.of(settings.typed(villageId).expiry());
    }

    ExpiryRun run(String villageId, LocalDate day) {
        VillageRow village = KnownVillages.require(villages, villageId);
        ZoneId zone = ZoneId.of(village.timezone() == null ? "Asia/Shanghai" : village.timezone());
        if (day.isAfter(LocalDate.now(zone)) || day.getYear() < 2000) {
            throw new InvalidFieldException("date", "must be a day since 2000 and not in the future");
        }
        ExpiryMode mode = mode(villageId);
        if (!mode.appliesOn(day)) {
            return new ExpiryRun(villageId, day, mode.kind().name(), 0, 0, 0);
        }
        LocalDateTime end = day.atTime(LocalTime.of(23, 59, 59));
        LocalDateTime latest = reports.latestExpiry(villageId);
        if (latest != null && latest.isAfter(end)) {
            throw new ErrorResponseException(HttpStatus.CONFLICT, Problems.problem(HttpStatus.CONFLICT, "Conflict",
                    "expiry already ran for " + latest.toLocalDate() + ", a later day than " + day
                            + "; runs go forward in time"), null);
        }
        List<String> candidates = reports.balancesAsOf(villageId, end).stream().filter(b -> b.points() > 0)
                .map(MemberPoints::memberId).toList();
        int already = reports.expirySources(villageId, day + "/").size();
        int[] members = {0};
        long[] points = {0};
        for (int i = 0; i < candidates.size(); i += CHUNK) {
            List<String> chunk = candidates.subList(i, Math.min(candidates.size(), i + CHUNK));
            transactions.run(() -> {
                List<LedgerRow> rows = chunk(villageId, mode, day, end, chunk);
                ledger.insertAll(rows);
                if (!rows.isEmpty()) {
                    long sum = rows.stream().mapToLong(r -> -r.points()).sum();
                    audit.record(villageId, AuditAction.EXPIRY_RUN, "expiry/" + day, mode.label() + " for " + day
                            + ": " + rows.size() + " members, " + sum + " 分");
                    members[0] += rows.size();
                    points[0] += sum;
                }
                return null;
            });
        }
        return new ExpiryRun(villageId, day, mode.kind().name(), members[0], points[0], already);
    }

    private List<LedgerRow> chunk(String villageId, ExpiryMode mode, LocalDate day, LocalDateTime end,
            List<String> ids) {
        List<MemberRow> locked = members.lockForUpdate(villageId, ids);
        String prefix = day + "/";
        Set<String> done = new HashSet<>(reports.expirySources(villageId, prefix));
        Map<String, List<LedgerRow>> byMember = new LinkedHashMap<>();
        reports.entriesUpTo(villageId, locked.stream().map(MemberRow::memberId).toList(), end)
                .forEach(e -> byMember.computeIfAbsent(e.memberId(), k -> new ArrayList<>()).add(e));
        List<LedgerRow> rows = new ArrayList<>();
        for (MemberRow member : locked) {
            if (done.contains(prefix + member.memberId())) {
                continue;
            }
            long amount = ExpiryRule.expiring(mode, day, byMember.getOrDefault(member.memberId(), List.of()),
                    ledger.sumForMember(villageId, member.memberId()));
            if (amount > 0) {
                rows.add(new LedgerRow(villageId, null, member.memberId(), member.householdId(), null, 0, null, end,
                        mode.label(), CATEGORY, (int) -amount, (int) -amount, null, LedgerKind.EXPIRY,
                        prefix + member.memberId(), null, "SYSTEM", "expiry run for " + day, null));
            }
        }
        return rows;
    }
}
