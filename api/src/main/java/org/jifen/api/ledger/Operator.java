package org.jifen.api.ledger;

import org.jifen.api.security.Actor;
import org.jifen.api.security.ApiKeyPrincipal;

/**
 * Who decided an adjustment or reversal: the holder of the key that sends it, as the review API
 * takes the reviewer from the key. A request's optional {@code operator} field may only repeat it.
 */
final class Operator {

    private Operator() {
    }

    /**
     * The operator of the current request.
     *
     * @throws LedgerProblem (422, field operator) when {@code claimed} is given and is not the key's holder
     */
    static String current(String claimed) {
        ApiKeyPrincipal key = Actor.currentKey();
        String holder = key == null ? "系统" : key.holder();
        if (claimed != null && !claimed.isBlank() && !claimed.strip().equals(holder)) {
            throw LedgerProblem.refused("operator", "经办人就是发送请求的密钥的持有人「" + holder
                    + "」，不能以他人的名义记入：请不填经办人（the operator is the holder of the key that sends the"
                    + " request, " + holder + ", not the one named in the request）");
        }
        return holder;
    }
}
