package org.jifen.engine.sandbox;

import java.util.Map;

/**
 * What the sandbox read of one rule besides its generated DRL: its name, its line, and its
 * metadata annotations ({@code @category} …) as plain strings with their lines. The annotations
 * never reach Drools.
 */
public record CheckedRule(String name, int line, Map<String, String> notes, Map<String, Integer> noteLines) {
}
