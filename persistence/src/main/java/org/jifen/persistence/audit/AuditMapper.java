package org.jifen.persistence.audit;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The audit trail. Append-only: there is deliberately no update or delete (in production, grant the
 * service's database user only INSERT and SELECT on {@code audit_log}).
 */
@Mapper
public interface AuditMapper {

  /** Appends a record; the database sets its id and time. */
  int insert(AuditRow row);

  /**
   * A page of records, newest (highest id) first: of one village when {@code villageId} is not
   * null ({@code ""}: records of no village), with {@code from <= created_at < to} for the bounds
   * that are not null.
   */
  List<AuditRow> page(
      @Param("villageId") String villageId,
      @Param("from") LocalDateTime from,
      @Param("to") LocalDateTime to,
      @Param("offset") long offset,
      @Param("limit") int limit);

  /** Number of records {@link #page} pages through. */
  long count(
      @Param("villageId") String villageId,
      @Param("from") LocalDateTime from,
      @Param("to") LocalDateTime to);
}
