package org.jifen.persistence.member;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Village members. */
@Mapper
public interface MemberMapper {

  /** Inserts the member or updates household, roles, join date and (when given) name. */
  int upsert(MemberRow member);

  /** The member or null. */
  MemberRow findById(@Param("villageId") String villageId, @Param("memberId") String memberId);

  /**
   * Locks the existing members among {@code memberIds} (one statement, ordered by member id, so
   * concurrent callers lock in the same order) and returns them; call inside a transaction.
   */
  List<MemberRow> lockForUpdate(
      @Param("villageId") String villageId, @Param("memberIds") List<String> memberIds);

  /**
   * The existing members among {@code memberIds}, ordered by member id, without locking them
   * (a plain consistent read); an empty list gives an empty list.
   */
  List<MemberRow> findByIds(
      @Param("villageId") String villageId, @Param("memberIds") List<String> memberIds);
}
