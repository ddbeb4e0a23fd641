package org.jifen.api.policy;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jifen.engine.policy.CompiledPolicy;
import org.springframework.stereotype.Component;

/**
 * The active compiled policy of every village. A new version replaces the old one atomically;
 * evaluations that already hold the old one finish on it.
 */
@Component
public class PolicyRegistry {

    private final Map<String, CompiledPolicy> active = new ConcurrentHashMap<>();

    public Optional<CompiledPolicy> active(String villageId) {
        return Optional.ofNullable(active.get(villageId));
    }

    /** Makes {@code policy} the active one of its village, unless a newer version is already active. */
    public void activate(CompiledPolicy policy) {
        active.merge(policy.villageId(), policy, (old, candidate) -> candidate.version() >= old.version() ? candidate : old);
    }
}
