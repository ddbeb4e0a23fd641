package org.jifen.api.ledger;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A manual entry decided by the village committee (奖惩): signed {@code points} (not 0) for
 * {@code memberId} in {@code category} (default 综合), once per {@code requestKey}. The operator is
 * the key's holder ({@link Operator}); {@code operator} is optional and may only repeat it.
 */
record AdjustmentRequest(
        @NotBlank @Pattern(regexp = LedgerIds.KEY, message = LedgerIds.KEY_MESSAGE) String requestKey,
        @NotBlank @Pattern(regexp = LedgerIds.ID, message = LedgerIds.ID_MESSAGE) String memberId,
        @NotNull @Min(-100_000) @Max(100_000) Integer points,
        @Size(max = 64) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String category,
        @NotBlank @Size(max = 500) String reason,
        @Size(max = 100) String operator) {
}
