package org.jifen.persistence.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.jifen.persistence.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

class ApiKeyMapperTest extends DatabaseTest {

  @Autowired ApiKeyMapper keys;

  private static String keyId() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  @Test
  void aKeyIsStoredWithItsVillagesAndRevokedOnce() {
    String id = keyId();
    String hash = "a".repeat(64);
    String village = newVillageId("key");
    String other = newVillageId("key");
    keys.insert(new ApiKeyRow(id, hash, "村委会 张三", "张三", village, "m-zhang", "OFFICIAL", null, "admin", null, null,
        null));
    assertThat(keys.insertVillages(id, List.of(other, village))).isEqualTo(2);
    assertThat(keys.insertVillages(id, List.of())).isZero();

    ApiKeyRow found = keys.find(id);
    assertThat(found.keyHash()).isEqualTo(hash);
    assertThat(found.name()).isEqualTo("村委会 张三");
    assertThat(found.holder()).isEqualTo("张三");
    assertThat(found.memberVillageId()).isEqualTo(village);
    assertThat(found.memberId()).isEqualTo("m-zhang");
    assertThat(found.role()).isEqualTo("OFFICIAL");
    assertThat(found.createdBy()).isEqualTo("admin");
    assertThat(found.createdAt()).isNotNull();
    assertThat(found.revokedAt()).isNull();
    assertThat(keys.villagesOf(id)).containsExactlyElementsOf(List.of(village, other).stream().sorted().toList());
    assertThat(keys.findAll()).extracting(ApiKeyRow::keyId).contains(id);
    assertThat(keys.findAllVillages()).contains(new KeyVillage(id, village), new KeyVillage(id, other));

    assertThat(keys.revoke(id, "admin")).isEqualTo(1);
    assertThat(keys.revoke(id, "admin")).isZero();
    assertThat(keys.find(id).revokedAt()).isNotNull();
    assertThat(keys.find(id).revokedBy()).isEqualTo("admin");
    assertThat(keys.revoke("nope", "admin")).isZero();
    assertThat(keys.find("nope")).isNull();
  }

  @Test
  void keyIdsAreUniqueAndCaseSensitive() {
    String id = keyId();
    keys.insert(new ApiKeyRow(id, "b".repeat(64), "pipeline", "pipeline", null, null, "PIPELINE", null, null, null, null,
        null));
    assertThatThrownBy(() -> keys.insert(new ApiKeyRow(id, "c".repeat(64), "again", "again", null, null, "PIPELINE",
        null, null, null, null, null))).isInstanceOf(DuplicateKeyException.class);
    keys.insert(new ApiKeyRow(id.toUpperCase(), "d".repeat(64), "merchant", "merchant", null, null, "MERCHANT",
        "邛崃市", null, null, null, null));
    assertThat(keys.find(id.toUpperCase()).region()).isEqualTo("邛崃市");
    assertThat(keys.find(id).keyHash()).isEqualTo("b".repeat(64));
  }
}
