package org.jifen.api.report;

/**
 * A line of the notice's 荣誉榜: the honour's title (季度星), who holds it as residents know them (a
 * household by its head's masked name, 张*华户; a member by their masked name; never an id) and the
 * period it was rated for (2026-Q1).
 */
record NoticeHonour(String title, String holder, String period) {
}
