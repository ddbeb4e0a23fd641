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

class MemberMapperTest extends DatabaseTest {

  @Autowired MemberMapper members;
  @Autowired TransactionTemplate tx;

  @Test
  void upsertInsertsThenUpdates() {
    String village = newVillageId("mem");
    members.upsert(new MemberRow(village, "m1", null, null, null));
    assertThat(members.findById(village, "m1")).isEqualTo(new MemberRow(village, "m1", null, "", null));

    MemberRow updated = new MemberRow(village, "m1", "户-7", "村民,网格员", LocalDate.of(2024, 5, 1));
    members.upsert(updated);

    assertThat(members.findById(village, "m1")).isEqualTo(updated);
    assertThat(members.findById(village, "M1")).isNull();
  }

  @Test
  void lockForUpdateReturnsExistingRowsInIdOrder() {
    String village = newVillageId("lock");
    for (String id : List.of("m3", "m1", "m2", "M2")) {
      members.upsert(new MemberRow(village, id, null, "", null));
    }

    List<MemberRow> locked = tx.execute(
        status -> members.lockForUpdate(village, List.of("m3", "missing", "m1", "M2")));

    assertThat(locked).extracting(MemberRow::memberId).containsExactly("M2", "m1", "m3");
    assertThat(members.lockForUpdate(village, List.of())).isEmpty();
  }

  @Test
  void lockForUpdateBlocksAnotherTransactionUntilCommit() throws Exception {
    String village = newVillageId("block");
    members.upsert(new MemberRow(village, "m1", null, "", null));
    members.upsert(new MemberRow(village, "m2", null, "", null));

    CompletableFuture<List<MemberRow>> second = tx.execute(status -> {
      members.lockForUpdate(village, List.of("m1", "m2"));
      CompletableFuture<List<MemberRow>> other = CompletableFuture.supplyAsync(
          () -> tx.execute(s -> members.lockForUpdate(village, List.of("m2"))));
      sleep(700);
      assertThat(other).isNotDone();
      return other;
    });

    assertThat(second.get(10, TimeUnit.SECONDS)).extracting(MemberRow::memberId)
        .containsExactly("m2");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
