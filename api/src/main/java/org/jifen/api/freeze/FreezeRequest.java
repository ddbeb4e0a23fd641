package org.jifen.api.freeze;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Suspends redemptions through {@code until} (that day included), for {@code reason}, decided by {@code operator}. */
record FreezeRequest(@NotNull LocalDate until, @NotBlank @Size(max = 500) String reason,
        @Size(max = 100) String operator) {
}
