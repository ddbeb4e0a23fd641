package org.jifen.engine.policy;

import java.time.ZoneId;
import java.util.Map;
import org.jifen.facts.Village;

/** A village's {@code village.yaml}: who it is, its category caps and its settings. */
public record VillageConfig(
        String id,
        String name,
        String region,
        ZoneId timezone,
        Map<String, Limit> caps,
        Map<String, String> settings) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    public VillageConfig {
        caps = Map.copyOf(caps);
        settings = Map.copyOf(settings);
    }

    /** The fact rules see. */
    public Village fact() {
        return new Village(id, name, settings);
    }
}
