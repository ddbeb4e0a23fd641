package org.jifen.persistence.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jifen.persistence.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class MemberFindByIdsTest extends DatabaseTest {

  @Autowired MemberMapper members;
  @Autowired TransactionTemplate tx;

  @Test
  void findsExistingMembersInIdOrderWithAllColumns() {
    String village = newVillageId("find");
    MemberRow m1 = new MemberRow(village, "m1", "户-1", "村民,网格员", LocalDate.of(2024, 5, 1));
    members.upsert(m1);
    members.upsert(new MemberRow(village, "m3", "户-2", "", null));
    members.upsert(new MemberRow(village, "M2", null, "", null));
    members.upsert(new MemberRow(newVillageId("other"), "m4", null, "", null));

    assertThat(members.findByIds(village, List.of("m3", "missing", "m1", "M2", "m4")))
        .extracting(MemberRow::memberId).containsExactly("M2", "m1", "m3");
    assertThat(members.findByIds(village, List.of("m1"))).containsExactly(m1);
    assertThat(members.findByIds(village, List.of())).isEmpty();
  }

  @Test
  void doesNotWaitForOrTakeRowLocks() throws Exception {
    String village = newVillageId("nolock");
    members.upsert(new MemberRow(village, "m1", "h1", "", null));

    List<MemberRow> read = tx.execute(status -> {
      members.lockForUpdate(village, List.of("m1"));
      try {
        return CompletableFuture.supplyAsync(() -> members.findByIds(village, List.of("m1")))
            .get(5, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });

    assertThat(read).extracting(MemberRow::householdId).containsExactly("h1");
  }
}
