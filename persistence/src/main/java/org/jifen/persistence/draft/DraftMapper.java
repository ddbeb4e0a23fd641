package org.jifen.persistence.draft;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The draft workspace of each village: one row per file, edited one file at a time. A village
 * has a draft when it has at least one draft file.
 */
@Mapper
public interface DraftMapper {

  /** The village's draft files without content, ordered by name. */
  List<DraftFileInfo> list(@Param("villageId") String villageId);

  /** Number of files in the village's draft (0: no draft). */
  int count(@Param("villageId") String villageId);

  /** One draft file or null. */
  DraftFileRow find(@Param("villageId") String villageId, @Param("fileName") String fileName);

  /** Every draft file of the village with its content, ordered by name. */
  List<DraftFileRow> findAll(@Param("villageId") String villageId);

  /** Like {@link #findAll} but locks the rows until the transaction ends (call inside one). */
  List<DraftFileRow> lockAll(@Param("villageId") String villageId);

  /** Creates or replaces a draft file; {@code updatedAt} becomes now. */
  int upsert(DraftFileRow file);

  /**
   * Inserts those of {@code files} (not empty; their village is {@code villageId}) that the draft
   * does not have yet, in one statement; files already there are left as they are, so concurrent
   * callers can both seed a draft safely.
   */
  int insertMissing(@Param("villageId") String villageId, @Param("files") List<DraftFileRow> files);

  /** Removes one draft file; 0 when it was not there. */
  int delete(@Param("villageId") String villageId, @Param("fileName") String fileName);

  /** Discards the whole draft of the village. */
  int deleteAll(@Param("villageId") String villageId);
}
