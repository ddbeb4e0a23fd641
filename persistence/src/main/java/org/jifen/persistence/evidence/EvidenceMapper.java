package org.jifen.persistence.evidence;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Submitted evidence; the primary key (village, evidence id) makes submission idempotent. */
@Mapper
public interface EvidenceMapper {

  /** The stored evidence among {@code evidenceIds} (exact, case-sensitive ids), ordered by id. */
  List<EvidenceRow> findByIds(
      @Param("villageId") String villageId, @Param("evidenceIds") List<String> evidenceIds);

  /**
   * Inserts all rows in one statement (all or nothing); an id already stored raises Spring's
   * DuplicateKeyException. An empty list inserts nothing.
   */
  default int insertAll(List<EvidenceRow> rows) {
    return rows.isEmpty() ? 0 : insertRows(rows);
  }

  /** One multi-row INSERT of a non-empty list; prefer {@link #insertAll}. */
  int insertRows(@Param("rows") List<EvidenceRow> rows);

  /** One row; {@code BatchInserts} sends many of these as one JDBC batch. */
  int insertOne(@Param("r") EvidenceRow row);

  /**
   * Distinct (member, type, day) of APPROVED evidence with {@code from <= occurred_at < to};
   * empty {@code memberIds} or {@code types} give an empty list.
   */
  List<ApprovedDay> approvedDays(
      @Param("villageId") String villageId,
      @Param("memberIds") List<String> memberIds,
      @Param("types") List<String> types,
      @Param("from") LocalDateTime from,
      @Param("to") LocalDateTime to);

  /**
   * One page of the village's evidence with {@code from <= occurred_at < to}, in (occurred_at,
   * evidence_id) order, strictly after the key ({@code afterOccurredAt}, {@code afterEvidenceId});
   * both null for the first page. Keyset paging on {@code ix_evidence_time}: every page costs the
   * same however deep it is. Reads only; takes no locks.
   */
  List<StoredEvidence> pageInWindow(
      @Param("villageId") String villageId,
      @Param("from") LocalDateTime from,
      @Param("to") LocalDateTime to,
      @Param("afterOccurredAt") LocalDateTime afterOccurredAt,
      @Param("afterEvidenceId") String afterEvidenceId,
      @Param("limit") int limit);

  /**
   * Distinct (member, type, day) of APPROVED evidence of the members, of any type, with
   * {@code from <= occurred_at < to}, ordered by member, type and day; empty {@code memberIds}
   * give an empty list.
   */
  List<ApprovedDay> approvedDaysOfMembers(
      @Param("villageId") String villageId,
      @Param("memberIds") List<String> memberIds,
      @Param("from") LocalDateTime from,
      @Param("to") LocalDateTime to);
}
