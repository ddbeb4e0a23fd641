package org.jifen.persistence.freeze;

import java.time.LocalDate;

/** A redemption freeze (暂停兑换) of a member or household: scope MEMBER or HOUSEHOLD, through {@code untilDay}. */
public record FreezeRow(String villageId, String scope, String subjectId, LocalDate untilDay, String reason,
    String operator) {

  public static final String MEMBER = "MEMBER";
  public static final String HOUSEHOLD = "HOUSEHOLD";
}
