package org.jifen.persistence.redemption;

/** An item of a village's points supermarket (积分超市): its price in points and the stock left. */
public record CatalogueItemRow(String villageId, String itemId, String name, int price, int stock) {}
