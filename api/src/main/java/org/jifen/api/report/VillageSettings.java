package org.jifen.api.report;

import java.util.Map;
import org.jifen.api.policy.PolicyRegistry;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.ServiceSettings;
import org.springframework.stereotype.Component;

/** A village's typed settings (village.yaml {@code settings:}, {@link ServiceSettings}) from its active policy. */
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
}
