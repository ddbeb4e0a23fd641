package org.jifen.api.redemption;

import java.util.List;

/** The result of every redemption of a request, in request order. */
record RedemptionResponse(String villageId, List<RedemptionResult> results) {
}
