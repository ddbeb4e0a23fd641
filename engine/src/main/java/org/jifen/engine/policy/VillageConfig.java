package org.jifen.engine.policy;

import java.time.ZoneId;
import java.util.Map;
import org.jifen.facts.Village;

/**
 * A village's {@code village.yaml}: who it is, its category caps, its settings and its type
 * dictionary ({@code types}: evidence type → the name officials read, such as 治安巡逻) and its category
 * floors ({@code floors}, 扣完为止: at most so many points deducted in the category per period).
 */
public record VillageConfig(
        String id,
        String name,
        String region,
        ZoneId timezone,
        Map<String, Limit> caps,
        Map<String, String> settings,
        Map<String, String> types,
        Map<String, Limit> floors) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    public VillageConfig {
        caps = Map.copyOf(caps);
        settings = Map.copyOf(settings);
        types = Map.copyOf(types);
        floors = Map.copyOf(floors);
    }

    /** Without category floors. */
    public VillageConfig(String id, String name, String region, ZoneId timezone, Map<String, Limit> caps,
            Map<String, String> settings, Map<String, String> types) {
        this(id, name, region, timezone, caps, settings, types, Map.of());
    }

    /** The categories that a cap or a floor bounds. */
    public java.util.Set<String> boundedCategories() {
        java.util.Set<String> all = new java.util.TreeSet<>(caps.keySet());
        all.addAll(floors.keySet());
        return all;
    }

    /** Without a type dictionary. */
    public VillageConfig(String id, String name, String region, ZoneId timezone, Map<String, Limit> caps,
            Map<String, String> settings) {
        this(id, name, region, timezone, caps, settings, Map.of());
    }

    /** The name officials read for an evidence type: the dictionary's, else the type itself. */
    public String typeName(String type) {
        return types.getOrDefault(type, type);
    }

    /** The fact rules see. */
    public Village fact() {
        return new Village(id, name, settings);
    }
}
