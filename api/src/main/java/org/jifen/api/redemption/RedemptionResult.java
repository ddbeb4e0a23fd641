package org.jifen.api.redemption;

/**
 * What became of one redemption: its status, the points it cost (or would have), and the
 * member's balance after it (or as it stood, when it was refused); {@code detail} says why not.
 */
record RedemptionResult(String key, Status status, Integer points, Long balance, Integer price, String detail) {

    enum Status {
        REDEEMED, REPLAYED, INSUFFICIENT_POINTS, OUT_OF_STOCK, KEY_CONFLICT, UNKNOWN_MEMBER, UNKNOWN_ITEM,
        UNKNOWN_MERCHANT, MERCHANT_NOT_IN_REGION,
        /** The member's or household's redemptions are suspended (暂停兑换); detail gives until when and why. */
        FROZEN;

        boolean written() {
            return this == REDEEMED;
        }
    }

    static RedemptionResult refused(String key, Status status, Long balance, Integer price, String detail) {
        return new RedemptionResult(key, status, null, balance, price, detail);
    }
}
