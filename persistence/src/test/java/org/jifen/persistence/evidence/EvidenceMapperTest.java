package org.jifen.persistence.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jifen.persistence.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

class EvidenceMapperTest extends DatabaseTest {

  private static final LocalDateTime T0 = LocalDateTime.of(2025, 3, 1, 8, 30);

  @Autowired EvidenceMapper evidence;

  @Test
  void roundTripsAllColumns() {
    String village = newVillageId("ev");
    EvidenceRow row = row(village, "E1", "m1", "garbage_sorting", T0, EvidenceRow.APPROVED);

    assertThat(evidence.insertAll(List.of(row))).isEqualTo(1);

    List<EvidenceRow> found = evidence.findByIds(village, List.of("E1", "missing"));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).createdAt()).isNotNull();
    assertThat(found.get(0)).usingRecursiveComparison().ignoringFields("createdAt").isEqualTo(row);
  }

  @Test
  void sameEvidenceIdTwiceIsDuplicateKeyAndLeavesOneRow() {
    String village = newVillageId("dup");
    EvidenceRow first = row(village, "E1", "m1", "t", T0, EvidenceRow.APPROVED);
    evidence.insertAll(List.of(first));

    EvidenceRow again = row(village, "E1", "m2", "t", T0.plusDays(1), "REJECTED");
    assertThatThrownBy(() -> evidence.insertAll(List.of(again)))
        .isInstanceOf(DuplicateKeyException.class);

    assertThat(evidence.findByIds(village, List.of("E1")))
        .singleElement()
        .extracting(EvidenceRow::memberId)
        .isEqualTo("m1");
  }

  @Test
  void batchWithOneDuplicateInsertsNothing() {
    String village = newVillageId("batch");
    evidence.insertAll(List.of(row(village, "E1", "m1", "t", T0, EvidenceRow.APPROVED)));

    List<EvidenceRow> batch = List.of(
        row(village, "E2", "m1", "t", T0, EvidenceRow.APPROVED),
        row(village, "E1", "m1", "t", T0, EvidenceRow.APPROVED));
    assertThatThrownBy(() -> evidence.insertAll(batch)).isInstanceOf(DuplicateKeyException.class);

    assertThat(evidence.findByIds(village, List.of("E1", "E2")))
        .extracting(EvidenceRow::evidenceId)
        .containsExactly("E1");
  }

  @Test
  void sameEvidenceIdInTwoVillagesIsFine() {
    String a = newVillageId("a");
    String b = newVillageId("b");

    evidence.insertAll(List.of(row(a, "E1", "m1", "t", T0, EvidenceRow.APPROVED)));
    evidence.insertAll(List.of(row(b, "E1", "m1", "t", T0, EvidenceRow.APPROVED)));

    assertThat(evidence.findByIds(a, List.of("E1"))).hasSize(1);
    assertThat(evidence.findByIds(b, List.of("E1"))).hasSize(1);
  }

  @Test
  void idsAreCaseSensitive() {
    String village = newVillageId("case");

    evidence.insertAll(List.of(
        row(village, "E1", "m1", "t", T0, EvidenceRow.APPROVED),
        row(village, "e1", "M1", "T", T0, EvidenceRow.APPROVED)));

    assertThat(evidence.findByIds(village, List.of("E1")))
        .extracting(EvidenceRow::evidenceId, EvidenceRow::memberId)
        .containsExactly(tuple("E1", "m1"));
    assertThat(evidence.findByIds(village, List.of("e1")))
        .extracting(EvidenceRow::memberId)
        .containsExactly("M1");
    assertThat(evidence.approvedDays(village, List.of("m1"), List.of("t"), T0, T0.plusDays(1)))
        .containsExactly(new ApprovedDay("m1", "t", T0.toLocalDate()));
  }

  @Test
  void approvedDaysAreDistinctApprovedAndInsideTheWindow() {
    String village = newVillageId("days");
    LocalDateTime day1 = LocalDateTime.of(2025, 3, 1, 0, 0);
    evidence.insertAll(List.of(
        row(village, "E1", "m1", "sort", day1.withHour(8), EvidenceRow.APPROVED),
        row(village, "E2", "m1", "sort", day1.withHour(20), EvidenceRow.APPROVED),
        row(village, "E3", "m1", "sort", day1.plusDays(1).withHour(9), EvidenceRow.APPROVED),
        row(village, "E4", "m1", "sort", day1.plusDays(2).withHour(9), "REJECTED"),
        row(village, "E5", "m1", "clean", day1.withHour(9), EvidenceRow.APPROVED),
        row(village, "E6", "m2", "sort", day1.withHour(9), EvidenceRow.APPROVED),
        row(village, "E7", "m3", "sort", day1.withHour(9), EvidenceRow.APPROVED),
        row(village, "E8", "m1", "sort", day1.minusSeconds(1), EvidenceRow.APPROVED),
        row(village, "E9", "m1", "sort", day1.plusDays(3), EvidenceRow.APPROVED)));

    List<ApprovedDay> days = evidence.approvedDays(
        village, List.of("m1", "m2"), List.of("sort", "clean"), day1, day1.plusDays(3));

    LocalDate d1 = day1.toLocalDate();
    assertThat(days).containsExactly(
        new ApprovedDay("m1", "clean", d1),
        new ApprovedDay("m1", "sort", d1),
        new ApprovedDay("m1", "sort", d1.plusDays(1)),
        new ApprovedDay("m2", "sort", d1));
    assertThat(evidence.approvedDays(village, List.of(), List.of("sort"), day1, day1.plusDays(3)))
        .isEmpty();
  }

  @Test
  void emptyListsAreHarmless() {
    String village = newVillageId("empty");
    assertThat(evidence.insertAll(List.of())).isZero();
    assertThat(evidence.findByIds(village, List.of())).isEmpty();
  }

  private static EvidenceRow row(
      String village, String id, String member, String type, LocalDateTime at, String status) {
    String payload = "{\"photo\":\"垃圾分类.jpg\",\"note\":\"🌾\"}";
    return new EvidenceRow(village, id, member, type, at, status, "a".repeat(64), payload,
        "{\"awards\":[]}", 1, null);
  }
}
