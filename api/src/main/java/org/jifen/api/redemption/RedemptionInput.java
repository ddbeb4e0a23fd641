package org.jifen.api.redemption;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * One redemption: {@code key} makes it idempotent; either {@code itemId} (the village's points
 * supermarket: price × quantity) or {@code merchantId} with {@code points} (a partner merchant of
 * the region). {@code occurredAt} (optional, not in the future): when it happened, for redemptions
 * recorded afterwards from a 集中兑换 day's list; default now.
 */
record RedemptionInput(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[\\p{L}\\p{N}_.:@-]{1,100}",
                message = "must be 1 to 100 letters, digits or _ . : @ -") String key,
        @NotBlank @Size(max = 64) @Pattern(regexp = CatalogueController.ID, message = CatalogueController.ID_MESSAGE)
        String memberId,
        @Size(max = 64) @Pattern(regexp = CatalogueController.ID, message = CatalogueController.ID_MESSAGE) String itemId,
        @Size(max = 64) @Pattern(regexp = CatalogueController.ID, message = CatalogueController.ID_MESSAGE)
        String merchantId,
        @Min(1) @Max(1_000_000) Integer points,
        @Min(1) @Max(1_000) Integer quantity,
        LocalDateTime occurredAt) {

    int quantityOrOne() {
        return quantity == null ? 1 : quantity;
    }

    /** What a replay must repeat exactly (the time is not part of it). */
    String content() {
        return "member=" + memberId + "\nitem=" + itemId + "\nmerchant=" + merchantId + "\npoints=" + points
                + "\nquantity=" + quantityOrOne();
    }
}
