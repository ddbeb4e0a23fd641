package org.jifen.api.ledger;

import java.util.List;

/** The entries a reversal or adjustment wrote; {@code replayed} when the request key had been handled before. */
record CorrectionResult(String requestKey, boolean replayed, List<EntryView> entries) {
}
