package org.jifen.api.member;

import java.util.List;

/** A page of a member's ledger, newest first. */
record LedgerPage(List<LedgerEntryView> items, int page, int size, long total) {
}
