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

  /**
   * The ids of the members of {@code householdIds} (through ix_members_household), ordered, without
   * locking them; an empty list gives an empty list.
   */
  List<String> memberIdsOfHouseholds(
      @Param("villageId") String villageId, @Param("householdIds") List<String> householdIds);

  /**
   * Members whose name or id contains {@code text} (null: all; {@code %}, {@code _} and {@code \}
   * escaped by the caller), by name then id, with their balances; a page of at most {@code limit}.
   */
  List<MemberListRow> search(@Param("villageId") String villageId, @Param("text") String text,
      @Param("offset") int offset, @Param("limit") int limit);

  /** How many members {@link #search} finds in all. */
  long countSearch(@Param("villageId") String villageId, @Param("text") String text);
}
