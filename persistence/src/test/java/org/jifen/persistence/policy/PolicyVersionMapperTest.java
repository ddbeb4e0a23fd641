package org.jifen.persistence.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.jifen.persistence.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

class PolicyVersionMapperTest extends DatabaseTest {

  @Autowired PolicyVersionMapper policies;

  @Test
  void versionsAreNumberedAndTheLatestIsFound() {
    String village = newVillageId("pol");
    assertThat(policies.nextVersion(village)).isEqualTo(1);
    assertThat(policies.findLatest(village)).isNull();

    LocalDateTime at = LocalDateTime.of(2025, 3, 1, 10, 0, 0, 123_000_000);
    PolicyVersionRow v1 = new PolicyVersionRow(village, 1, "1".repeat(64),
        "{\"rules.drl\":\"rule \\\"垃圾分类\\\"\"}", "张三", "初版 🌾", at);
    policies.insert(v1);
    PolicyVersionRow v2 = new PolicyVersionRow(village, 2, "2".repeat(64), "{}", null, null, null);
    policies.insert(v2);

    assertThat(policies.nextVersion(village)).isEqualTo(3);
    assertThat(policies.find(village, 1)).isEqualTo(v1);
    PolicyVersionRow latest = policies.findLatest(village);
    assertThat(latest.version()).isEqualTo(2);
    assertThat(latest.createdAt()).isNotNull();
    assertThat(policies.findLatestHeaders())
        .contains(new PolicyVersionHeader(village, 2, "2".repeat(64)))
        .doesNotContain(new PolicyVersionHeader(village, 1, "1".repeat(64)));
  }

  @Test
  void aTakenVersionNumberIsDuplicateKey() {
    String village = newVillageId("race");
    policies.insert(new PolicyVersionRow(village, 1, "a".repeat(64), "{}", null, null, null));

    assertThatThrownBy(() -> policies.insert(
            new PolicyVersionRow(village, 1, "b".repeat(64), "{}", null, null, null)))
        .isInstanceOf(DuplicateKeyException.class);
  }
}
