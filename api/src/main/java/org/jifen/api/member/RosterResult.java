package org.jifen.api.member;

import java.util.List;

/** What an import did: how many members it registered anew and updated, and the columns it left aside. */
record RosterResult(int created, int updated, List<String> ignoredColumns) {
}
