package org.jifen.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.jifen.persistence.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditMapperTest extends DatabaseTest {

  @Autowired AuditMapper audit;

  private static AuditRow record(String village, String action, String target) {
    return new AuditRow(village, null, null, "k1", "OFFICIAL", action, target, "req-1", "0".repeat(64),
        "f".repeat(64), "备注 🌾");
  }

  @Test
  void recordsAreAppendedAndPagedNewestFirstPerVillage() {
    String village = newVillageId("audit");
    String other = newVillageId("audit");
    audit.insert(record(village, "DRAFT_FILE_PUT", "policy/draft/files/a.drl"));
    audit.insert(record(other, "DRAFT_FILE_PUT", "policy/draft/files/b.drl"));
    audit.insert(record(village, "POLICY_PUBLISH", "policy/versions/1"));

    List<AuditRow> rows = audit.page(village, null, null, 0, 10);
    assertThat(rows).extracting(AuditRow::action).containsExactly("POLICY_PUBLISH", "DRAFT_FILE_PUT");
    AuditRow first = rows.get(1);
    assertThat(first.auditId()).isNotNull().isLessThan(rows.get(0).auditId());
    assertThat(first.createdAt()).isNotNull();
    assertThat(first.villageId()).isEqualTo(village);
    assertThat(first.keyId()).isEqualTo("k1");
    assertThat(first.role()).isEqualTo("OFFICIAL");
    assertThat(first.requestId()).isEqualTo("req-1");
    assertThat(first.hashBefore()).isEqualTo("0".repeat(64));
    assertThat(first.hashAfter()).isEqualTo("f".repeat(64));
    assertThat(first.detail()).isEqualTo("备注 🌾");
    assertThat(audit.count(village, null, null)).isEqualTo(2);
    assertThat(audit.page(village, null, null, 1, 1)).extracting(AuditRow::action).containsExactly("DRAFT_FILE_PUT");

    List<AuditRow> all = audit.page(null, null, null, 0, 1000);
    assertThat(all).extracting(AuditRow::villageId).contains(village, other);
  }

  @Test
  void timeBoundsAndGlobalRecords() {
    audit.insert(new AuditRow("", null, null, null, "SYSTEM", "KEY_CREATE", "keys/x", null, null, null, null));
    LocalDateTime now = LocalDateTime.now();
    assertThat(audit.page("", now.minusMinutes(5), now.plusMinutes(5), 0, 1000))
        .extracting(AuditRow::target).contains("keys/x");
    assertThat(audit.count("", now.plusMinutes(5), null)).isZero();
    assertThat(audit.count("", null, now.minusMinutes(5))).isZero();
  }
}
