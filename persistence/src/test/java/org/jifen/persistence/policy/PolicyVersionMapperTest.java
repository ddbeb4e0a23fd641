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
  void effectiveFromDecidesTheActiveVersion() {
    String village = "eff-" + System.nanoTime();
    LocalDateTime at = LocalDateTime.of(2025, 3, 1, 10, 0);
    policies.insert(new PolicyVersionRow(village, 1, "1".repeat(64), "{}", null, null, null, at));
    policies.insert(new PolicyVersionRow(village, 2, "2".repeat(64), "{}", null, null, null, at));
    policies.insert(new PolicyVersionRow(village, 3, "3".repeat(64), "{}", null, null,
        LocalDateTime.of(2099, 1, 1, 0, 0), at));
    assertThat(policies.findActive(village, LocalDateTime.of(2026, 11, 24, 9, 0)).version()).isEqualTo(2);
    assertThat(policies.findActive(village, LocalDateTime.of(2099, 1, 1, 0, 0)).version()).isEqualTo(3);
    assertThat(policies.list(village)).extracting(PolicyVersionInfo::version).containsExactly(3, 2, 1);
    assertThat(policies.createdSince(at.minusSeconds(1))).extracting(PolicyVersionInfo::villageId).contains(village);
  }

  @Test
  void versionsAreNumberedAndTheLatestIsFound() {
    String village = newVillageId("pol");
    assertThat(policies.nextVersion(village)).isEqualTo(1);
    assertThat(policies.findLatest(village)).isNull();

    LocalDateTime at = LocalDateTime.of(2025, 3, 1, 10, 0, 0, 123_000_000);
    PolicyVersionRow v1 = new PolicyVersionRow(village, 1, "1".repeat(64),
        "{\"rules.drl\":\"rule \\\"垃圾分类\\\"\"}", "张三", "初版 🌾", null, at);
    policies.insert(v1);
    PolicyVersionRow v2 = new PolicyVersionRow(village, 2, "2".repeat(64), "{}", null, null, null, null);
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
    policies.insert(new PolicyVersionRow(village, 1, "a".repeat(64), "{}", null, null, null, null));

    assertThatThrownBy(() -> policies.insert(
            new PolicyVersionRow(village, 1, "b".repeat(64), "{}", null, null, null, null)))
        .isInstanceOf(DuplicateKeyException.class);
  }
}
