package org.jifen.engine.policy;

import java.time.Duration;

/**
 * Bounds on what a policy may be: its size per file and in total, its rule count, how deeply
 * its brackets nest, and how long compiling it may take.
 */
public record CompileLimits(int maxFileBytes, int maxTotalBytes, int maxRules, int maxNesting, Duration maxCompileTime) {

    public static final CompileLimits DEFAULT = new CompileLimits(512 * 1024, 4 * 1024 * 1024, 1_000, 32,
            Duration.ofSeconds(20));
}
