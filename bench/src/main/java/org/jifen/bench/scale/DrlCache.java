package org.jifen.bench.scale;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.policy.PolicySource;

/**
 * The bounded cache of villages with their own rule base, as the service's PolicyRegistry keeps
 * them (least recently used out, recompiled from their source on the next use); one thread.
 */
final class DrlCache {

    private final int bound;
    private final PolicyCompiler compiler;
    private final IntFunction<PolicySource> source;
    private final LinkedHashMap<Integer, CompiledPolicy> cache;
    private long compilations;

    DrlCache(int bound, PolicyCompiler compiler, IntFunction<PolicySource> source) {
        this.bound = bound;
        this.compiler = compiler;
        this.source = source;
        this.cache = new LinkedHashMap<>(bound * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, CompiledPolicy> eldest) {
                if (size() > DrlCache.this.bound) {
                    eldest.getValue().close();
                    return true;
                }
                return false;
            }
        };
    }

    CompiledPolicy get(int index) {
        CompiledPolicy policy = cache.get(index);
        if (policy == null) {
            compilations++;
            policy = compiler.compile(source.apply(index), 1);
            cache.put(index, policy);
        }
        return policy;
    }

    void put(int index, CompiledPolicy policy) {
        cache.put(index, policy);
    }

    boolean contains(int index) {
        return cache.containsKey(index);
    }

    int size() {
        return cache.size();
    }

    long compilations() {
        return compilations;
    }
}
