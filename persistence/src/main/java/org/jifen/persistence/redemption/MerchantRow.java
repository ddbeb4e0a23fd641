package org.jifen.persistence.redemption;

/** A partner merchant; members of every village whose region starts with {@code region} may redeem there. */
public record MerchantRow(String merchantId, String name, String region) {}
