package org.jifen.persistence.village;

import static org.assertj.core.api.Assertions.assertThat;

import org.jifen.persistence.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class VillageMapperTest extends DatabaseTest {

  @Autowired VillageMapper villages;

  @Test
  void chineseAndEmojiRoundTrip() {
    String id = newVillageId("tanyin");
    VillageRow row = new VillageRow(id, "檀阴社区 🌾", "邛崃市 羊安街道", "Asia/Shanghai");

    villages.upsert(row);

    assertThat(villages.findById(id)).isEqualTo(row);
  }

  @Test
  void upsertUpdatesAndDefaultsTimezone() {
    String id = newVillageId("v");
    villages.upsert(new VillageRow(id, "旧名", null, null));
    assertThat(villages.findById(id)).isEqualTo(new VillageRow(id, "旧名", null, "Asia/Shanghai"));

    villages.upsert(new VillageRow(id, "新名", "邛崃市", "Asia/Urumqi"));

    assertThat(villages.findById(id)).isEqualTo(new VillageRow(id, "新名", "邛崃市", "Asia/Urumqi"));
  }

  @Test
  void idsAreCaseSensitiveAndListedInOrder() {
    String id = newVillageId("Case");
    villages.upsert(new VillageRow(id + "-A", "大写", null, null));
    villages.upsert(new VillageRow(id + "-a", "小写", null, null));

    assertThat(villages.findById(id + "-A").name()).isEqualTo("大写");
    assertThat(villages.findById(id + "-a").name()).isEqualTo("小写");
    assertThat(villages.findAll())
        .extracting(VillageRow::villageId)
        .containsSubsequence(id + "-A", id + "-a")
        .isSorted();
  }

  @Test
  void unknownVillageIsNull() {
    assertThat(villages.findById(newVillageId("none"))).isNull();
  }
}
