package org.jifen.persistence.ledger;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The append-only points ledger: there is deliberately no update or delete. */
@Mapper
public interface LedgerMapper {

  /**
   * Inserts all rows in one statement (all or nothing); a (village, evidence, award_seq) already
   * stored raises Spring's DuplicateKeyException. An empty list inserts nothing.
   */
  default int insertAll(List<LedgerRow> rows) {
    return rows.isEmpty() ? 0 : insertRows(rows);
  }

  /** One multi-row INSERT of a non-empty list; prefer {@link #insertAll}. */
  int insertRows(@Param("rows") List<LedgerRow> rows);

  /** One row; {@code BatchInserts} sends many of these as one JDBC batch. */
  int insertOne(@Param("r") LedgerRow row);

  /**
   * What tallies, caps and streaks need of the members' AWARD and WARNING (0 points) entries with {@code from <= occurred_at < to},
   * leaving out awards a REVERSAL entry compensates (their cap room is free again) and entries without
   * evidence (a programme run's awards, 评星: never capped, and no evidence to key them by).
   */
  List<HistoryRow> historyForMembers(
      @Param("villageId") String villageId,
      @Param("memberIds") List<String> memberIds,
      @Param("from") LocalDateTime from,
      @Param("to") LocalDateTime to);

  /**
   * As {@link #historyForMembers}, the entries credited in {@code householdIds} (the ledger's
   * household_id), for household caps and tallies.
   */
  List<HouseholdHistoryRow> historyForHouseholds(
      @Param("villageId") String villageId,
      @Param("householdIds") List<String> householdIds,
      @Param("from") LocalDateTime from,
      @Param("to") LocalDateTime to);

  /** The member's points per category, ordered by category. */
  List<CategoryPoints> balanceByCategory(
      @Param("villageId") String villageId, @Param("memberId") String memberId);

  /** A page of the member's entries, newest (highest entry id) first. */
  List<LedgerRow> page(
      @Param("villageId") String villageId,
      @Param("memberId") String memberId,
      @Param("offset") int offset,
      @Param("limit") int limit);

  /** Number of the member's entries. */
  long countForMember(@Param("villageId") String villageId, @Param("memberId") String memberId);

  /** The member's total points (0 without entries). */
  long sumForMember(@Param("villageId") String villageId, @Param("memberId") String memberId);

  /**
   * What the member ({@code memberId}) or, when {@code householdId} is given, the household earned with
   * {@code from <= occurred_at < to}, and its warnings there.
   */
  PeriodNet periodNet(
      @Param("villageId") String villageId,
      @Param("memberId") String memberId,
      @Param("householdId") String householdId,
      @Param("from") LocalDateTime from,
      @Param("to") LocalDateTime to);
}
