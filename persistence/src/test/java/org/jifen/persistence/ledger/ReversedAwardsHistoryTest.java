package org.jifen.persistence.ledger;

import org.jifen.persistence.ledger.LedgerKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.jifen.persistence.DatabaseTest;
import org.jifen.persistence.correction.CorrectionMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A reversed award leaves the history that tallies, caps and streaks read; the balance keeps both entries. */
class ReversedAwardsHistoryTest extends DatabaseTest {

  private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 18, 8, 0);

  @Autowired LedgerMapper ledger;
  @Autowired CorrectionMapper corrections;

  @Test
  void historyLeavesOutReversedAwardsOnly() {
    String village = newVillageId("rev");
    ledger.insertAll(List.of(award(village, "E1", 0, 2), award(village, "E2", 0, 3), award(village, "E2", 1, 1)));
    List<LedgerRow> e2 = corrections.awardsOfEvidence(village, "E2");
    ledger.insertAll(List.of(reversal(village, e2.get(0), "k1")));

    List<HistoryRow> history = ledger.historyForMembers(village, List.of("m1"), T0.minusDays(1), T0.plusDays(1));

    assertThat(history).extracting(HistoryRow::evidenceId, HistoryRow::points)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("E1", 2), org.assertj.core.groups.Tuple.tuple("E2", 1));
    assertThat(ledger.sumForMember(village, "m1")).isEqualTo(3);
    assertThat(corrections.reversalsOf(village, List.of(e2.get(0).entryId(), e2.get(1).entryId())))
        .extracting(LedgerRow::reversesEntry).containsExactly(e2.get(0).entryId());
    assertThat(corrections.bySource(village, LedgerKind.REVERSAL, "k1")).hasSize(1);
  }

  @Test
  void aReversalCountsOnlyInItsOwnVillage() {
    String village = newVillageId("rev");
    String other = newVillageId("oth");
    ledger.insertAll(List.of(award(village, "E1", 0, 2)));
    LedgerRow original = corrections.awardsOfEvidence(village, "E1").get(0);
    ledger.insertAll(List.of(reversal(other, original, "k1")));

    assertThat(ledger.historyForMembers(village, List.of("m1"), T0.minusDays(1), T0.plusDays(1))).hasSize(1);
    assertThat(corrections.reversalsOf(village, List.of(original.entryId()))).isEmpty();
    assertThat(corrections.findEntry(other, original.entryId())).isNull();
  }

  private static LedgerRow award(String village, String evidence, int seq, int points) {
    return LedgerRow.award(village, "m1", "h1", evidence, seq, "CLEANING", T0, "打扫卫生 " + seq, "弘德", points,
        points, 1, null);
  }

  private static LedgerRow reversal(String village, LedgerRow o, String key) {
    return new LedgerRow(village, null, o.memberId(), o.householdId(), o.evidenceId(), o.awardSeq(),
        o.evidenceType(), o.occurredAt(), o.ruleName(), o.category(), -o.requested(), -o.points(),
        o.policyVersion(), LedgerKind.REVERSAL, key, o.entryId(), "王五", "误判", null);
  }
}
