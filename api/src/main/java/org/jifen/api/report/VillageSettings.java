package org.jifen.api.report;

import java.util.Map;
import org.jifen.api.policy.PolicyRegistry;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.ServiceSettings;
import org.springframework.stereotype.Component;

/** A village's settings (village.yaml {@code settings:}) from its active policy; none without a policy. */
@Component
public class VillageSettings {

    private final PolicyRegistry registry;

    VillageSettings(PolicyRegistry registry) {
        this.registry = registry;
    }

    /** The village's typed settings; the defaults without a policy. */
    public ServiceSettings typed(String villageId) {
        return registry.active(villageId).map(CompiledPolicy::settings).orElseGet(() -> ServiceSettings.of(Map.of()));
    }

    /** The village's setting {@code key}, stripped, or {@code fallback} when absent or blank. */
    public String get(String villageId, String key, String fallback) {
        Map<String, String> settings = registry.active(villageId).map(p -> p.config().settings()).orElse(Map.of());
        String value = settings.get(key);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
