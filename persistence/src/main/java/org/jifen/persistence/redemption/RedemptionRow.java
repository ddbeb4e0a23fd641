package org.jifen.persistence.redemption;

import java.time.LocalDateTime;

/**
 * A redemption request, by its key: at the supermarket ({@code itemId}) or a merchant
 * ({@code merchantId}); {@code points} is what it cost (positive); status REDEEMED or CANCELLED.
 */
public record RedemptionRow(String villageId, String redemptionKey, String memberId, String itemId,
    String merchantId, int quantity, int points, String contentHash, String status, String cancelReason,
    String cancelOperator, LocalDateTime createdAt, LocalDateTime cancelledAt) {

  public static final String REDEEMED = "REDEEMED";
  public static final String CANCELLED = "CANCELLED";
}
