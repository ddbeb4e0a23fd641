package org.jifen.persistence.report;

/** A member or household with the points it earned in a period; {@code name} may be null. */
public record RankRow(String id, String name, long points) {}
