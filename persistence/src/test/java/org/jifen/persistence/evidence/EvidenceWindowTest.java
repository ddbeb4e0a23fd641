package org.jifen.persistence.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jifen.persistence.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The read-only queries of the what-if simulation: keyset pages over a window, approved days of any type. */
class EvidenceWindowTest extends DatabaseTest {

  private static final LocalDateTime T0 = LocalDateTime.of(2025, 3, 1, 0, 0);

  @Autowired EvidenceMapper evidence;

  @Test
  void pagesCoverTheWindowOnceInTimeThenIdOrder() {
    String village = newVillageId("page");
    String other = newVillageId("other");
    List<EvidenceRow> rows = new ArrayList<>();
    // 5 evidence at the same second (ids out of order), 4 more spread out, 2 outside the window
    for (String id : List.of("e5", "E3", "e1", "e4", "e2")) {
      rows.add(row(village, id, "m1", T0.plusHours(8)));
    }
    rows.add(row(village, "a9", "m2", T0.plusHours(9)));
    rows.add(row(village, "z0", "m2", T0.plusDays(1)));
    rows.add(row(village, "b1", "m3", T0));
    rows.add(row(village, "b2", "m3", T0.plusDays(2).minusSeconds(1)));
    rows.add(row(village, "before", "m1", T0.minusSeconds(1)));
    rows.add(row(village, "after", "m1", T0.plusDays(2)));
    evidence.insertAll(rows);
    evidence.insertAll(List.of(row(other, "x1", "m1", T0.plusHours(8))));

    List<String> seen = new ArrayList<>();
    LocalDateTime afterAt = null;
    String afterId = null;
    int pages = 0;
    while (true) {
      List<StoredEvidence> page = evidence.pageInWindow(village, T0, T0.plusDays(2), afterAt, afterId, 3);
      if (page.isEmpty()) {
        break;
      }
      pages++;
      assertThat(page.size()).isLessThanOrEqualTo(3);
      page.forEach(e -> seen.add(e.evidenceId()));
      StoredEvidence last = page.get(page.size() - 1);
      afterAt = last.occurredAt();
      afterId = last.evidenceId();
    }

    assertThat(pages).isEqualTo(3);
    // ids are utf8mb4_bin: upper case sorts before lower case
    assertThat(seen).containsExactly("b1", "E3", "e1", "e2", "e4", "e5", "a9", "z0", "b2");
  }

  @Test
  void pageCarriesMemberTimeAndPayload() {
    String village = newVillageId("payload");
    EvidenceRow row = row(village, "E1", "成员-1", T0.plusHours(7).plusMinutes(5).plusSeconds(9));
    evidence.insertAll(List.of(row));

    assertThat(evidence.pageInWindow(village, T0, T0.plusDays(1), null, null, 10))
        .containsExactly(new StoredEvidence("E1", "成员-1", row.occurredAt(), row.payload(), row.status()));
    assertThat(evidence.pageInWindow(village, T0.plusDays(1), T0.plusDays(2), null, null, 10)).isEmpty();
  }

  @Test
  void approvedDaysOfMembersCoverEveryTypeInsideTheWindow() {
    String village = newVillageId("days");
    evidence.insertAll(List.of(
        row(village, "E1", "m1", "sort", T0.withHour(8), EvidenceRow.APPROVED),
        row(village, "E2", "m1", "sort", T0.withHour(20), EvidenceRow.APPROVED),
        row(village, "E3", "m1", "patrol", T0.plusDays(1), EvidenceRow.APPROVED),
        row(village, "E4", "m1", "patrol", T0.plusDays(2), "PENDING"),
        row(village, "E5", "m2", "sort", T0.withHour(9), EvidenceRow.APPROVED),
        row(village, "E6", "m3", "sort", T0.withHour(9), EvidenceRow.APPROVED),
        row(village, "E7", "m1", "sort", T0.minusSeconds(1), EvidenceRow.APPROVED),
        row(village, "E8", "m1", "sort", T0.plusDays(3), EvidenceRow.APPROVED)));

    LocalDate d0 = T0.toLocalDate();
    assertThat(evidence.approvedDaysOfMembers(village, List.of("m1", "m2"), T0, T0.plusDays(3)))
        .containsExactly(
            new ApprovedDay("m1", "patrol", d0.plusDays(1)),
            new ApprovedDay("m1", "sort", d0),
            new ApprovedDay("m2", "sort", d0));
    assertThat(evidence.approvedDaysOfMembers(village, List.of(), T0, T0.plusDays(3))).isEmpty();
  }

  private static EvidenceRow row(String village, String id, String member, LocalDateTime at) {
    return row(village, id, member, "sort", at, EvidenceRow.APPROVED);
  }

  private static EvidenceRow row(
      String village, String id, String member, String type, LocalDateTime at, String status) {
    String payload = "{\"id\":\"" + id + "\",\"note\":\"垃圾分类 🌾\"}";
    return new EvidenceRow(village, id, member, type, at, status, "a".repeat(64), payload, "{}", 1, null);
  }
}
