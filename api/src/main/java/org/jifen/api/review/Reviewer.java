package org.jifen.api.review;

import org.jifen.api.ledger.LedgerProblem;
import org.jifen.api.security.ApiKeyPrincipal;
import org.jifen.persistence.key.ApiKeyRow;
import org.jifen.persistence.review.ReviewDecisionRow;

/**
 * Who decides a review: the key that sends it. {@code holder} (the person who holds the key) is the
 * reviewer recorded; {@code memberVillage} and {@code memberId}, when set, are the member that
 * person is, against whom the independence rules are checked.
 */
record Reviewer(String keyId, String holder, String memberVillage, String memberId) {

    /**
     * The reviewer of a request sent with {@code key}. {@code claimed}, the request's optional
     * {@code reviewer} field, may only repeat the key's holder: a key cannot decide under another name.
     *
     * @throws LedgerProblem (422, field reviewer) when {@code claimed} is not the key's holder
     */
    static Reviewer of(ApiKeyPrincipal key, String claimed) {
        Reviewer reviewer = new Reviewer(key.keyId(), key.holder(), key.memberVillage(), key.memberId());
        if (claimed != null && !claimed.strip().equals(reviewer.holder())) {
            throw LedgerProblem.refused("reviewer", "审核人就是发送审核决定的密钥的持有人「" + reviewer.holder()
                    + "」，不能以「" + claimed.strip() + "」的名义审核：请不填审核人，或请管理员为您另发一把密钥"
                    + "（the reviewer is the holder of the key that sends the decision, " + reviewer.holder()
                    + " (key " + key.keyId() + "), not " + claimed.strip() + "）");
        }
        return reviewer;
    }

    /** Whether this reviewer is member {@code id} of {@code village}. */
    boolean isMember(String village, String id) {
        return memberId != null && memberId.equals(id) && village.equals(memberVillage);
    }

    /** How the reviewer is named in messages: holder, and member and key. */
    String described() {
        return holder + " (" + (memberId == null ? "" : "member " + memberId + ", ") + "key " + keyId + ")";
    }

    /**
     * Whether {@code earlier} was decided by this reviewer: by this key, by another key of the same
     * holder or member ({@code earlierKey}: the key it was made with, null when unknown), or, for a
     * decision made before keys were recorded, under the holder's name.
     */
    boolean decided(ReviewDecisionRow earlier, ApiKeyRow earlierKey) {
        if (keyId.equals(earlier.keyId()) || holder.equals(earlier.reviewer())) {
            return true;
        }
        return earlierKey != null && memberId != null && memberId.equals(earlierKey.memberId())
                && memberVillage.equals(earlierKey.memberVillageId());
    }
}
