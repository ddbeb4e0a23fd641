package org.jifen.api.expiry;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The day to run expiry for (its end: entries up to 23:59:59 count). */
record ExpiryRequest(@NotNull LocalDate date) {
}
