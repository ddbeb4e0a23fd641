package org.jifen.persistence.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jifen.persistence.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class DraftMapperTest extends DatabaseTest {

  @Autowired DraftMapper drafts;
  @Autowired TransactionTemplate transactions;

  @Test
  void filesAreCreatedReplacedListedAndDeleted() {
    String village = newVillageId("draft");
    assertThat(drafts.count(village)).isZero();
    assertThat(drafts.find(village, "rules.drl")).isNull();

    String drl = "rule \"垃圾分类 每次 +2\"\nwhen\nthen\nend\n";
    drafts.upsert(new DraftFileRow(village, "rules.drl", drl, "张三", null));
    drafts.upsert(new DraftFileRow(village, "village.yaml", "id: x\nname: 檀阴社区 🌾\n", null, null));

    DraftFileRow found = drafts.find(village, "rules.drl");
    assertThat(found.content()).isEqualTo(drl);
    assertThat(found.updatedBy()).isEqualTo("张三");
    assertThat(found.updatedAt()).isNotNull();

    drafts.upsert(new DraftFileRow(village, "rules.drl", "rule 2", "李四", null));
    assertThat(drafts.find(village, "rules.drl").content()).isEqualTo("rule 2");
    assertThat(drafts.find(village, "rules.drl").updatedBy()).isEqualTo("李四");

    List<DraftFileInfo> listed = drafts.list(village);
    assertThat(listed).extracting(DraftFileInfo::fileName).containsExactly("rules.drl", "village.yaml");
    assertThat(listed.get(1).size())
        .isEqualTo("id: x\nname: 檀阴社区 🌾\n".getBytes(StandardCharsets.UTF_8).length);
    assertThat(drafts.findAll(village)).extracting(DraftFileRow::content)
        .containsExactly("rule 2", "id: x\nname: 檀阴社区 🌾\n");
    assertThat(drafts.count(village)).isEqualTo(2);

    assertThat(drafts.delete(village, "rules.drl")).isEqualTo(1);
    assertThat(drafts.delete(village, "rules.drl")).isZero();
    assertThat(drafts.deleteAll(village)).isEqualTo(1);
    assertThat(drafts.count(village)).isZero();
  }

  @Test
  void fileNamesAreCaseSensitiveAndVillagesSeparate() {
    String village = newVillageId("case");
    String other = newVillageId("other");
    drafts.upsert(new DraftFileRow(village, "Rules.drl", "A", null, null));
    drafts.upsert(new DraftFileRow(village, "rules.drl", "a", null, null));
    drafts.upsert(new DraftFileRow(other, "rules.drl", "other", null, null));

    assertThat(drafts.find(village, "Rules.drl").content()).isEqualTo("A");
    assertThat(drafts.find(village, "rules.drl").content()).isEqualTo("a");
    drafts.deleteAll(village);
    assertThat(drafts.find(other, "rules.drl").content()).isEqualTo("other");
  }

  @Test
  void insertMissingNeverOverwritesAnEditedFile() {
    String village = newVillageId("seed");
    drafts.upsert(new DraftFileRow(village, "rules.drl", "edited", "official", null));

    drafts.insertMissing(village, List.of(
        new DraftFileRow(village, "rules.drl", "from version 3", "version 3", null),
        new DraftFileRow(village, "village.yaml", "id: " + village, "version 3", null)));
    drafts.insertMissing(village, List.of(
        new DraftFileRow(village, "village.yaml", "again", "version 3", null)));

    assertThat(drafts.find(village, "rules.drl").content()).isEqualTo("edited");
    assertThat(drafts.find(village, "village.yaml").content()).isEqualTo("id: " + village);
  }

  @Test
  void lockAllReadsTheDraftInsideATransaction() {
    String village = newVillageId("lock");
    drafts.upsert(new DraftFileRow(village, "village.yaml", "id: " + village, null, null));
    List<DraftFileRow> locked = transactions.execute(status -> drafts.lockAll(village));
    assertThat(locked).extracting(DraftFileRow::fileName).containsExactly("village.yaml");
  }
}
