package org.jifen.persistence.report;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jifen.persistence.ledger.LedgerRow;

/**
 * Read-only sums over the ledger for balances, statements, rankings, summaries, notices and expiry.
 * Queries with memberId and householdId cover one member's or one household's entries (the
 * household the entry was written for); with both null, the whole village's.
 */
@Mapper
public interface ReportMapper {

  /** Sum of the entries with {@code occurred_at < before} (null: all entries). */
  long sumBefore(@Param("villageId") String villageId, @Param("memberId") String memberId,
      @Param("householdId") String householdId, @Param("before") LocalDateTime before);

  /** The entries with {@code from <= occurred_at < to}, oldest first (by time, then entry id), at most {@code limit}. */
  List<LedgerRow> entries(@Param("villageId") String villageId, @Param("memberId") String memberId,
      @Param("householdId") String householdId, @Param("from") LocalDateTime from,
      @Param("to") LocalDateTime to, @Param("limit") int limit);

  /** Each member's total points among the household's entries, ordered by member id. */
  List<MemberPoints> householdMembers(@Param("villageId") String villageId,
      @Param("householdId") String householdId);

  /**
   * Points earned in {@code [from, to)} (AWARD, REVERSAL and ADJUSTMENT entries; redemptions and
   * expiry do not lower a rank), per member or per household ({@code byHousehold}), optionally of
   * one category, highest first (ties by id), at most {@code limit} rows.
   */
  List<RankRow> ranking(@Param("villageId") String villageId, @Param("byHousehold") boolean byHousehold,
      @Param("category") String category, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to,
      @Param("limit") int limit);

  /** Credited and debited points per entry kind in {@code [from, to)}. */
  List<KindTotals> totalsByKind(@Param("villageId") String villageId, @Param("from") LocalDateTime from,
      @Param("to") LocalDateTime to);

  /** Every member with entries up to {@code at} (inclusive): the sum of those entries, ordered by member id. */
  List<MemberPoints> balancesAsOf(@Param("villageId") String villageId, @Param("at") LocalDateTime at);

  /**
   * The village's members that have a household and a name, by household and member id (a public
   * notice names a household by its head's masked name, never by its id).
   */
  List<org.jifen.persistence.member.MemberRow> namedHouseholdMembers(@Param("villageId") String villageId);

  /** The members' entries up to {@code at} (inclusive), by member, time and entry id (for FIFO expiry). */
  List<LedgerRow> entriesUpTo(@Param("villageId") String villageId, @Param("memberIds") List<String> memberIds,
      @Param("at") LocalDateTime at);

  /** The source ids of EXPIRY entries starting with {@code prefix} (one expiry run). */
  List<String> expirySources(@Param("villageId") String villageId, @Param("prefix") String prefix);

  /** The time of the village's latest EXPIRY entry, or null. */
  LocalDateTime latestExpiry(@Param("villageId") String villageId);

  /** The honours (HONOUR entries) with {@code from <= occurred_at < to}, by source and member. */
  List<HonourRow> honours(
      @Param("villageId") String villageId,
      @Param("from") LocalDateTime from,
      @Param("to") LocalDateTime to);
}
