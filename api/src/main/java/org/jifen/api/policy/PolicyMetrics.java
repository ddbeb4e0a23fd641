package org.jifen.api.policy;

import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The policy cache's meters: compiled policies cached, and compilations (publishing here; cache
 * misses, evictions and versions published by other instances) with their total time.
 */
@Component
class PolicyMetrics implements MeterBinder {

    private final PolicyRegistry registry;

    PolicyMetrics(PolicyRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        Gauge.builder("jifen.policy.cache.size", registry, PolicyRegistry::size)
                .description("compiled policies in the cache").register(meters);
        FunctionTimer.builder("jifen.policy.compile", registry, PolicyRegistry::compiles,
                        PolicyRegistry::compileNanos, TimeUnit.NANOSECONDS)
                .description("policy compilations: publishing, and cache misses of stored versions").register(meters);
    }
}
