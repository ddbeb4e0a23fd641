package org.jifen.api.expiry;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.jifen.persistence.ledger.LedgerRow;

/**
 * How many of a member's points expire in a run for {@code day}: the arithmetic, without the database.
 *
 * <p>ANNUAL, QUARTER, HALF_YEAR (清零): the whole balance as of the end of the day. MONTHS n (FIFO): every positive entry
 * is a lot earned on its day; every negative entry (redemption, penalty, reversal, earlier expiry)
 * uses up the oldest lots first, and a negative entry with no lot left becomes a debt the next lots
 * pay first. The lots still left whose day plus n months is on or before the run's day expire.
 * Either way never more than {@code current} (the balance now), so expiry never makes a balance negative.
 */
final class ExpiryRule {

    private ExpiryRule() {
    }

    /** {@code entries}: the member's entries up to the end of {@code day}, oldest first. */
    static long expiring(ExpiryMode mode, LocalDate day, List<LedgerRow> entries, long current) {
        long amount = switch (mode.kind()) {
            case NONE -> 0;
            case ANNUAL, QUARTER, HALF_YEAR -> entries.stream().mapToLong(LedgerRow::points).sum();
            case MONTHS -> fifo(entries, day, mode.months());
        };
        return Math.max(0, Math.min(amount, current));
    }

    private record Lot(LocalDate earned, long[] left) {
    }

    static long fifo(List<LedgerRow> entries, LocalDate day, int months) {
        Deque<Lot> lots = new ArrayDeque<>();
        long debt = 0;
        for (LedgerRow e : entries) {
            long points = e.points();
            if (points > 0) {
                long paid = Math.min(debt, points);
                debt -= paid;
                if (points > paid) {
                    lots.addLast(new Lot(e.occurredAt().toLocalDate(), new long[] {points - paid}));
                }
            } else if (points < 0) {
                long need = -points;
                while (need > 0 && !lots.isEmpty()) {
                    Lot oldest = lots.peekFirst();
                    long used = Math.min(need, oldest.left()[0]);
                    oldest.left()[0] -= used;
                    need -= used;
                    if (oldest.left()[0] == 0) {
                        lots.removeFirst();
                    }
                }
                debt += need;
            }
        }
        long expired = 0;
        for (Lot lot : lots) {
            if (!lot.earned().plusMonths(months).isAfter(day)) {
                expired += lot.left()[0];
            }
        }
        return expired;
    }
}
