package org.jifen.persistence.key;

/** A village a key may act for (a row of {@code api_key_villages}). */
public record KeyVillage(String keyId, String villageId) {}
