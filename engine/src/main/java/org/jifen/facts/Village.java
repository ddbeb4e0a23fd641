package org.jifen.facts;

import java.util.Map;

/** The village whose policy is evaluated, with the settings of its village.yaml. */
public record Village(String id, String name, Map<String, String> settings) {

    public Village {
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }

    /** The setting's value, or null. */
    public String setting(String key) {
        return settings.get(key);
    }

    /** The setting as an int; 0 when absent or not a number. */
    public int number(String key) {
        return Numbers.parseOrZero(settings.get(key));
    }
}
