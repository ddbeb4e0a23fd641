package org.jifen.api.ledger;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Reverse an entry, or all awards of an evidence: once per {@code requestKey}, with a reason. The
 * operator is the key's holder ({@link Operator}); {@code operator} is optional and may only repeat it.
 */
record ReversalRequest(
        @NotBlank @Pattern(regexp = LedgerIds.KEY, message = LedgerIds.KEY_MESSAGE) String requestKey,
        @NotBlank @Size(max = 500) String reason,
        @Size(max = 100) String operator) {
}
