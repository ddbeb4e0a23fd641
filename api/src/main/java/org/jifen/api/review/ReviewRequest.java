package org.jifen.api.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jifen.api.ledger.LedgerIds;

/** A reviewer's decision on pending evidence: APPROVED credits it, REJECTED drops its provisional awards. */
record ReviewRequest(
        @NotNull @Pattern(regexp = "APPROVED|REJECTED", message = "must be APPROVED or REJECTED") String decision,
        @NotBlank @Pattern(regexp = LedgerIds.ID, message = LedgerIds.ID_MESSAGE) String reviewer,
        @Size(max = 500) String note) {
}
