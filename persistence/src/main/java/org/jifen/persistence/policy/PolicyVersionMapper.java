package org.jifen.persistence.policy;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Immutable, numbered policy versions per village. */
@Mapper
public interface PolicyVersionMapper {

  /** Inserts a version ({@code createdAt} null means now); a taken number is a DuplicateKeyException. */
  int insert(PolicyVersionRow row);

  /** The highest version of the village or null. */
  PolicyVersionRow findLatest(@Param("villageId") String villageId);

  /** The highest version of the village in effect at {@code now} (no effective_from, or one not after now), or null. */
  PolicyVersionRow findActive(@Param("villageId") String villageId, @Param("now") LocalDateTime now);

  /** Every version of the village without files, newest first. */
  List<PolicyVersionInfo> list(@Param("villageId") String villageId);

  /** Versions of all villages created at or after {@code since}, oldest first: what other instances must pick up. */
  List<PolicyVersionInfo> createdSince(@Param("since") LocalDateTime since);

  /** The given version or null. */
  PolicyVersionRow find(@Param("villageId") String villageId, @Param("version") int version);

  /** Village, version and hash of the latest version of every village, ordered by village. */
  List<PolicyVersionHeader> findLatestHeaders();

  /** The number the next version of the village should get (1 for the first). */
  int nextVersion(@Param("villageId") String villageId);
}
