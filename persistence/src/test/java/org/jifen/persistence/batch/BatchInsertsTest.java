package org.jifen.persistence.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jifen.persistence.DatabaseTest;
import org.jifen.persistence.ledger.LedgerMapper;
import org.jifen.persistence.ledger.LedgerRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class BatchInsertsTest extends DatabaseTest {

  private static final LocalDateTime T0 = LocalDateTime.of(2025, 3, 1, 9, 0);

  @Autowired BatchInserts inserts;
  @Autowired LedgerMapper ledger;
  @Autowired PlatformTransactionManager transactionManager;

  @Test
  void writesEveryRowInTheCallersTransactionWithChineseIntact() {
    String village = newVillageId("batch");
    List<LedgerRow> rows = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      rows.add(award(village, "m" + (i % 7), "E" + i, "垃圾分类 🌾 第" + i + "次"));
    }
    TransactionTemplate transaction = new TransactionTemplate(transactionManager);

    transaction.executeWithoutResult(status -> {
      inserts.insert(LedgerMapper.class, LedgerMapper::insertOne, rows);
      status.setRollbackOnly();
    });
    assertThat(ledger.countForMember(village, "m0")).as("rolled back with the transaction").isZero();

    transaction.executeWithoutResult(status -> inserts.insert(LedgerMapper.class, LedgerMapper::insertOne, rows));
    long total = 0;
    for (int m = 0; m < 7; m++) {
      total += ledger.countForMember(village, "m" + m);
    }
    assertThat(total).isEqualTo(250);
    assertThat(ledger.page(village, "m0", 0, 100)).extracting(LedgerRow::ruleName).contains("垃圾分类 🌾 第0次");
  }

  @Test
  void aDuplicateFailsTheWholeBatchAsDuplicateKeyAndWritesNothing() {
    String village = newVillageId("batchdup");
    inserts.insert(LedgerMapper.class, LedgerMapper::insertOne, List.of(award(village, "m1", "E1", "打扫")));
    List<LedgerRow> batch = List.of(award(village, "m1", "E2", "打扫"), award(village, "m1", "E1", "打扫"));
    TransactionTemplate transaction = new TransactionTemplate(transactionManager);

    assertThatThrownBy(() -> transaction.executeWithoutResult(
        status -> inserts.insert(LedgerMapper.class, LedgerMapper::insertOne, batch)))
        .isInstanceOf(DuplicateKeyException.class);
    assertThat(ledger.countForMember(village, "m1")).isEqualTo(1);
  }

  @Test
  void anEmptyListWritesNothing() {
    inserts.insert(LedgerMapper.class, LedgerMapper::insertOne, List.of());
  }

  private static LedgerRow award(String village, String member, String evidence, String rule) {
    return LedgerRow.award(village, member, "h1", evidence, 0, "CLEANING", T0, rule, "弘德", 2, 2, 1, null);
  }
}
