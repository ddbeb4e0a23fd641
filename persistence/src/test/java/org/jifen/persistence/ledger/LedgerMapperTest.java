package org.jifen.persistence.ledger;

import org.jifen.persistence.ledger.LedgerKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.jifen.persistence.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

class LedgerMapperTest extends DatabaseTest {

  private static final LocalDateTime T0 = LocalDateTime.of(2025, 3, 1, 0, 0);

  @Autowired LedgerMapper ledger;

  @Test
  void chineseRuleAndCategoryRoundTrip() {
    String village = newVillageId("zh");
    LedgerRow row = LedgerRow.award(village, "m1", "h1", "E1", 0, "garbage_sorting",
        T0.withHour(9), "垃圾分类 每次 +2 🌾", "弘德", 2, 2, 3, null);

    assertThat(ledger.insertAll(List.of(row))).isEqualTo(1);

    LedgerRow read = ledger.page(village, "m1", 0, 10).get(0);
    assertThat(read.entryId()).isNotNull();
    assertThat(read.createdAt()).isNotNull();
    assertThat(read.kind()).isEqualTo(LedgerKind.AWARD);
    assertThat(read)
        .usingRecursiveComparison()
        .ignoringFields("entryId", "createdAt", "kind")
        .isEqualTo(row);
  }

  @Test
  void sameAwardTwiceIsDuplicateKey() {
    String village = newVillageId("dup");
    ledger.insertAll(List.of(entry(village, "m1", "E1", 0, T0, "弘德", 2)));

    assertThatThrownBy(() -> ledger.insertAll(List.of(entry(village, "m1", "E1", 0, T0, "弘德", 2))))
        .isInstanceOf(DuplicateKeyException.class);
    ledger.insertAll(List.of(entry(village, "m1", "E1", 1, T0, "弘德", 2)));
    ledger.insertAll(List.of(entry(newVillageId("other"), "m1", "E1", 0, T0, "弘德", 2)));

    assertThat(ledger.countForMember(village, "m1")).isEqualTo(2);
  }

  @Test
  void historyForMembersHonoursTheHalfOpenWindow() {
    String village = newVillageId("win");
    ledger.insertAll(List.of(
        entry(village, "m1", "E1", 0, T0.minusSeconds(1), "c", 1),
        entry(village, "m1", "E2", 0, T0, "c", 1),
        entry(village, "m2", "E3", 0, T0.plusHours(5), "c", 1),
        entry(village, "m1", "E4", 0, T0.plusDays(1).minusSeconds(1), "c", 1),
        entry(village, "m1", "E5", 0, T0.plusDays(1), "c", 1),
        entry(village, "m3", "E6", 0, T0.plusHours(1), "c", 1)));

    List<HistoryRow> rows = ledger.historyForMembers(village, List.of("m1", "m2"), T0, T0.plusDays(1));

    assertThat(rows).extracting(HistoryRow::evidenceId).containsExactlyInAnyOrder("E2", "E4", "E3");
    assertThat(rows).filteredOn(r -> r.evidenceId().equals("E3")).singleElement()
        .satisfies(r -> assertThat(r.memberId()).isEqualTo("m2"));
    assertThat(ledger.historyForMembers(village, List.of(), T0, T0.plusDays(1))).isEmpty();
  }

  @Test
  void balancesSumPerCategoryAndInTotal() {
    String village = newVillageId("sum");
    ledger.insertAll(List.of(
        entry(village, "m1", "E1", 0, T0, "弘德", 2),
        entry(village, "m1", "E1", 1, T0, "弘德", 3),
        entry(village, "m1", "E2", 0, T0, "环境", 5),
        entry(village, "m1", "E3", 0, T0, "环境", -1),
        entry(village, "m2", "E4", 0, T0, "弘德", 100)));

    assertThat(ledger.balanceByCategory(village, "m1"))
        .containsExactlyInAnyOrder(new CategoryPoints("弘德", 5), new CategoryPoints("环境", 4));
    assertThat(ledger.sumForMember(village, "m1")).isEqualTo(9);
    assertThat(ledger.sumForMember(village, "nobody")).isZero();
    assertThat(ledger.countForMember(village, "nobody")).isZero();
    assertThat(ledger.balanceByCategory(village, "nobody")).isEmpty();
  }

  @Test
  void pagesNewestFirst() {
    String village = newVillageId("page");
    for (int i = 1; i <= 5; i++) {
      ledger.insertAll(List.of(entry(village, "m1", "E" + i, 0, T0, "c", i)));
    }

    assertThat(ledger.page(village, "m1", 0, 2)).extracting(LedgerRow::evidenceId)
        .containsExactly("E5", "E4");
    assertThat(ledger.page(village, "m1", 4, 2)).extracting(LedgerRow::evidenceId)
        .containsExactly("E1");
    assertThat(ledger.countForMember(village, "m1")).isEqualTo(5);
  }

  @Test
  void memberIdsAreCaseSensitive() {
    String village = newVillageId("case");
    ledger.insertAll(List.of(
        entry(village, "m1", "E1", 0, T0, "c", 1),
        entry(village, "M1", "e1", 0, T0, "c", 10)));

    assertThat(ledger.sumForMember(village, "m1")).isEqualTo(1);
    assertThat(ledger.sumForMember(village, "M1")).isEqualTo(10);
  }

  @Test
  void aProgrammeAwardWithoutEvidenceIsNoHistory() {
    String village = newVillageId("prog");
    ledger.insertAll(List.of(LedgerRow.award(village, "m1", "h1", "E1", 0, "t", T0, "rule", "c", 2, 2, 1, null),
        new LedgerRow(village, null, "m1", "h1", null, 0, null, T0.plusHours(1), "季度星", "评星", 5, 5, 1,
            LedgerKind.AWARD, "programme:季度星:2025-Q1", null, null, "季度星奖励", null)));

    assertThat(ledger.historyForMembers(village, List.of("m1"), T0, T0.plusDays(1)))
        .extracting(HistoryRow::evidenceId).containsExactly("E1");
    assertThat(ledger.historyForHouseholds(village, List.of("h1"), T0, T0.plusDays(1)))
        .extracting(HouseholdHistoryRow::evidenceId).containsExactly("E1");
    assertThat(ledger.sumForMember(village, "m1")).isEqualTo(7);
  }

  private static LedgerRow entry(String village, String member, String evidence, int seq,
      LocalDateTime at, String category, int points) {
    return LedgerRow.award(village, member, null, evidence, seq, "t", at, "rule", category,
        points, points, 1, LedgerKind.AWARD);
  }
}
