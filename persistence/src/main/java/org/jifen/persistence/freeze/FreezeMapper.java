package org.jifen.persistence.freeze;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Redemption freezes (V12__redemption_freezes.sql). */
@Mapper
public interface FreezeMapper {

  /** Sets or replaces the freeze of its subject. */
  int upsert(FreezeRow row);

  /**
   * Sets the freeze of its subject, or extends one already set: the later last day wins, with its
   * reason and operator (a rule's suspension never shortens an official's freeze).
   */
  int extend(FreezeRow row);

  /** Lifts the freeze of a subject; 0 when there was none. */
  int delete(@Param("villageId") String villageId, @Param("scope") String scope,
      @Param("subjectId") String subjectId);

  /** The freeze of a subject, or null. */
  FreezeRow find(@Param("villageId") String villageId, @Param("scope") String scope,
      @Param("subjectId") String subjectId);

  /**
   * The freezes in force on {@code day} of the member or their household (null: none), the
   * latest-ending first.
   */
  List<FreezeRow> inForce(@Param("villageId") String villageId, @Param("memberId") String memberId,
      @Param("householdId") String householdId, @Param("day") LocalDate day);
}
