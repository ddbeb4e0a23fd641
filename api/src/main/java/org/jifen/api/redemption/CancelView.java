package org.jifen.api.redemption;

/** A cancelled redemption: the points returned, the member's balance, and whether this request cancelled it. */
record CancelView(String key, String memberId, String status, int pointsReturned, long balance, boolean replayed) {
}
