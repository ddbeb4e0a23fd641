package org.jifen.api.member;

import java.util.List;

/** A page of a village's members, by name, with how many match in all. */
record MemberListPage(List<MemberSummary> items, int page, int size, long total) {
}
