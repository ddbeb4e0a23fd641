package org.jifen.persistence.review;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The review queue: items of pending evidence and the reviewers' decisions. The ledger is not here. */
@Mapper
public interface ReviewMapper {

  /** Inserts all items in one statement; an empty list inserts nothing. */
  default int insertAll(List<ReviewItemRow> rows) {
    return rows.isEmpty() ? 0 : insertItems(rows);
  }

  /** One multi-row INSERT of a non-empty list; prefer {@link #insertAll}. */
  int insertItems(@Param("rows") List<ReviewItemRow> rows);

  /** The item of the evidence, or null when it did not arrive pending. */
  ReviewItemRow findItem(@Param("villageId") String villageId, @Param("evidenceId") String evidenceId);

  /** Sets the status (and, when deciding it, the credited awards and version); the caller holds the member lock. */
  int updateItem(@Param("villageId") String villageId, @Param("evidenceId") String evidenceId,
      @Param("status") String status, @Param("awards") String awards,
      @Param("creditedVersion") Integer creditedVersion);

  /** Sets the status of the evidence row itself (streaks count APPROVED evidence). */
  int updateEvidenceStatus(@Param("villageId") String villageId, @Param("evidenceId") String evidenceId,
      @Param("status") String status);

  int insertDecision(ReviewDecisionRow row);

  /** The decisions on the evidence, in the order they were made. */
  List<ReviewDecisionRow> decisions(@Param("villageId") String villageId, @Param("evidenceId") String evidenceId);

  /** The decisions on all of {@code evidenceIds}, by evidence and time. */
  List<ReviewDecisionRow> decisionsOf(@Param("villageId") String villageId,
      @Param("evidenceIds") List<String> evidenceIds);

  /** A page of the open items (PENDING, AWAITING_SECOND_REVIEW), oldest submission first. */
  List<ReviewItemRow> openPage(@Param("villageId") String villageId, @Param("offset") int offset,
      @Param("limit") int limit);

  long countOpen(@Param("villageId") String villageId);

  /** The member's provisional points of open items (0 without any): shown as pending, not spendable. */
  long pendingPoints(@Param("villageId") String villageId, @Param("memberId") String memberId);
}
