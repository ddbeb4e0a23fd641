package org.jifen.persistence.correction;

import org.jifen.persistence.ledger.LedgerKind;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jifen.persistence.ledger.LedgerRow;

/**
 * Reads what reversals, adjustments and review approvals need of the ledger. Read-only: their
 * entries are written with {@link org.jifen.persistence.ledger.LedgerMapper#insertAll}.
 */
@Mapper
public interface CorrectionMapper {

  /** The entry, or null. */
  LedgerRow findEntry(@Param("villageId") String villageId, @Param("entryId") long entryId);

  /** The entries of one request ({@code kind}, {@code source_id}), by award_seq. */
  List<LedgerRow> bySource(@Param("villageId") String villageId, @Param("kind") LedgerKind kind,
      @Param("sourceId") String sourceId);

  /** The REVERSAL entries that compensate any of {@code entryIds}. */
  List<LedgerRow> reversalsOf(@Param("villageId") String villageId, @Param("entryIds") List<Long> entryIds);

  /** The evidence's rule entries, AWARD, WARNING and SUSPENSION (reversed or not), by award_seq. */
  List<LedgerRow> awardsOfEvidence(@Param("villageId") String villageId, @Param("evidenceId") String evidenceId);
}
