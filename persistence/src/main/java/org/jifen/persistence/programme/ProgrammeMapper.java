package org.jifen.persistence.programme;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** What a programme run (评星) reads: the standings' totals, and which rules already ran for a period. */
@Mapper
public interface ProgrammeMapper {

  /**
   * Every member of the village with the points credited to them (AWARD, REVERSAL and ADJUSTMENT
   * entries, programme awards left out) with {@code from <= occurred_at < to}, by member id.
   */
  List<MemberTotal> periodTotals(@Param("villageId") String villageId, @Param("from") LocalDateTime from,
      @Param("to") LocalDateTime to);

  /** The source ids among {@code sourceIds} that already have ledger entries (of any kind). */
  List<String> sourcesWritten(@Param("villageId") String villageId, @Param("sourceIds") List<String> sourceIds);

  /** The source ids among {@code sourceIds} that a run has decided (programme_runs). */
  List<String> decided(@Param("villageId") String villageId, @Param("sourceIds") List<String> sourceIds);

  /** Records runs; a concurrent run that recorded one first makes this fail on the primary key. */
  int insertRuns(@Param("rows") List<ProgrammeRunRow> rows);

  /** The entries (AWARD and HONOUR) written under {@code sourceIds}, by source. */
  List<ProgrammeEntry> entriesOf(@Param("villageId") String villageId, @Param("sourceIds") List<String> sourceIds);
}
