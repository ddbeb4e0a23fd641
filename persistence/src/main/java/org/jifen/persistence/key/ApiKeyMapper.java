package org.jifen.persistence.key;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * API keys and the villages each may act for. Keys are never deleted: a revoked key keeps its row
 * (with {@code revoked_at}) so audit records keep naming it.
 */
@Mapper
public interface ApiKeyMapper {

  /** Stores a new key; a key id already taken raises Spring's DuplicateKeyException. */
  int insert(ApiKeyRow key);

  /** Lists the villages of a key (not empty), in one statement. */
  default int insertVillages(String keyId, List<String> villageIds) {
    return villageIds.isEmpty() ? 0 : insertVillageRows(keyId, villageIds);
  }

  /** One multi-row INSERT of a non-empty list; prefer {@link #insertVillages}. */
  int insertVillageRows(@Param("keyId") String keyId, @Param("villageIds") List<String> villageIds);

  /** One key, revoked or not, or null. */
  ApiKeyRow find(@Param("keyId") String keyId);

  /** The villages of one key, ordered by id. */
  List<String> villagesOf(@Param("keyId") String keyId);

  /** Every key, revoked ones included, oldest first. */
  List<ApiKeyRow> findAll();

  /** The villages of every key, by key and village. */
  List<KeyVillage> findAllVillages();

  /** Revokes a valid key; 0 when it does not exist or was revoked already. */
  int revoke(@Param("keyId") String keyId, @Param("revokedBy") String revokedBy);
}
