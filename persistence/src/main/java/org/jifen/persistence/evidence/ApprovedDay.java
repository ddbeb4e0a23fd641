package org.jifen.persistence.evidence;

import java.time.LocalDate;

/** A (member, evidence type, local day) on which approved evidence occurred. */
public record ApprovedDay(String memberId, String evidenceType, LocalDate day) {}
