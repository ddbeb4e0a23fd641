package org.jifen.persistence.village;

/** A row of {@code villages}; {@code timezone} null means the default Asia/Shanghai. */
public record VillageRow(String villageId, String name, String region, String timezone) {}
