package org.jifen.api.audit;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.jifen.api.web.InvalidFieldException;
import org.jifen.persistence.audit.AuditMapper;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/audit?village=&from=&to=&page=&size=}: the audit log, newest first. ADMIN and
 * AUDITOR see every village (without {@code village}: all records, with {@code village=-}: those of
 * no village, i.e. key changes); an OFFICIAL must name one of its villages. {@code from} (inclusive)
 * and {@code to} (exclusive) are ISO-8601 date-times with an offset, or server time without one, or
 * dates.
 */
@RestController
@Validated
@RequestMapping("/api/v1/audit")
class AuditController {

    private static final Pattern VILLAGE = Pattern.compile("-|[a-z0-9][a-z0-9-]{0,62}");

    private final AuditMapper audit;

    AuditController(AuditMapper audit) {
        this.audit = audit;
    }

    @Operation(summary = "The audit log: who changed what and when, newest first")
    @GetMapping
    AuditPage page(@RequestParam(required = false) String village, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        if (village != null && !VILLAGE.matcher(village).matches()) {
            throw new InvalidFieldException("village", "a village id (lower-case letters, digits and '-'), or '-' for "
                    + "records of no village");
        }
        String villageId = village == null ? null : village.equals("-") ? "" : village;
        LocalDateTime start = time("from", from);
        LocalDateTime end = time("to", to);
        var items = audit.page(villageId, start, end, (long) page * size, size).stream().map(AuditView::of).toList();
        return new AuditPage(items, page, size, audit.count(villageId, start, end));
    }

    /** A bound in server time: with an offset converted, without one taken as is; a date is its start. */
    private static LocalDateTime time(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (text.length() <= 10) {
                return LocalDate.parse(text).atStartOfDay();
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(text).atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
            }
            return LocalDateTime.parse(text);
        } catch (DateTimeException e) {
            throw new InvalidFieldException(field, "an ISO-8601 date-time such as 2026-11-24T09:00:00+08:00, or a "
                    + "date such as 2026-11-24");
        }
    }
}
