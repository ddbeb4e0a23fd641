package org.jifen.persistence.coverage;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reads for policy coverage and static checks: which rules awarded lately, and which roles members hold. */
@Mapper
public interface CoverageMapper {

  /** Rule awards (kind AWARD) of evidence that occurred at or after {@code since}, by rule. */
  List<RuleFiring> ruleFirings(@Param("villageId") String villageId, @Param("since") LocalDateTime since);

  /** The distinct comma-separated role lists of the village's members (at most {@code limit}). */
  List<String> memberRoleLists(@Param("villageId") String villageId, @Param("limit") int limit);
}
