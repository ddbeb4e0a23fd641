package org.jifen.persistence.member;

import java.time.LocalDate;
import org.apache.ibatis.annotations.AutomapConstructor;

/**
 * A row of {@code members}; {@code roles} is comma-separated (null is stored as empty);
 * {@code name} is the person's name (for notices, shown masked), null when not given.
 */
public record MemberRow(
    String villageId, String memberId, String householdId, String roles, LocalDate joinedOn, String name) {

  @AutomapConstructor
  public MemberRow {
  }

  /** A member without a name. */
  public MemberRow(String villageId, String memberId, String householdId, String roles, LocalDate joinedOn) {
    this(villageId, memberId, householdId, roles, joinedOn, null);
  }
}
