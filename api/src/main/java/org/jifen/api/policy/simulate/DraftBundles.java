package org.jifen.api.policy.simulate;

import java.util.Optional;
import org.jifen.engine.policy.PolicySource;

/**
 * Where the simulation gets a village's draft: the whole bundle, or empty when the village has no
 * draft files (its draft is then its live policy). Must not write.
 */
public interface DraftBundles {

    Optional<PolicySource> draft(String villageId);
}
