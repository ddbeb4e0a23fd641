package org.jifen.api.review;

import java.util.List;

/** A page of the review queue, oldest submission first; {@code total} counts all open items. */
record PendingPage(long total, List<PendingItem> items) {
}
