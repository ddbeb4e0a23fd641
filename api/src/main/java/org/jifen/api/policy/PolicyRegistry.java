package org.jifen.api.policy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.policy.PolicyException;
import org.jifen.engine.policy.PolicySource;
import org.jifen.persistence.policy.PolicyVersionInfo;
import org.jifen.persistence.policy.PolicyVersionMapper;
import org.jifen.persistence.policy.PolicyVersionRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The compiled policy in effect for each village: a bounded cache (least recently used out) in
 * front of the stored versions. The bound counts villages with a rule base of their own (DRL);
 * list-only villages share one rule base, cost only their item table, and stay cached. A miss loads the version in effect now and compiles it, once per
 * village however many callers wait for it; an evicted village recompiles on its next use.
 *
 * <p>A new version replaces the old reference atomically and never an older version replaces a
 * newer one; evaluations that already hold the old policy finish on it. Replaced and evicted
 * policies are {@link CompiledPolicy#close() closed}, which only frees their pooled sessions: a
 * closed policy still evaluates, so closing one in use is safe.
 */
@Component
public class PolicyRegistry {

    private static final Logger log = LoggerFactory.getLogger(PolicyRegistry.class);

    private record Entry(CompiledPolicy policy, AtomicLong lastUsed) {
        Entry(CompiledPolicy policy) {
            this(policy, new AtomicLong(System.nanoTime()));
        }
    }

    /** The earliest time (epoch ms) a version newer than the cached one takes effect. */
    private record Pending(int version, long dueMillis) {
    }

    private final PolicyVersionMapper versions;
    private final int maxVillages;
    private final PolicyCompiler compiler = new PolicyCompiler();
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<CompiledPolicy>> loading = new ConcurrentHashMap<>();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    /** Stored versions that did not compile, so a miss does not recompile them on every request. */
    private final Map<String, Integer> broken = new ConcurrentHashMap<>();
    private final Object evictionLock = new Object();
    private final AtomicLong compilations = new AtomicLong();
    /** Cached policies with a rule base of their own: only these count toward {@link #maxVillages}. */
    private final AtomicInteger ownBases = new AtomicInteger();
    private final AtomicLong compiles = new AtomicLong();
    private final AtomicLong compileNanos = new AtomicLong();

    @Autowired
    PolicyRegistry(PolicyVersionMapper versions, JifenProperties properties) {
        this(versions, properties.policyCache().maxVillages());
    }

    PolicyRegistry(PolicyVersionMapper versions, int maxVillages) {
        if (maxVillages < 1) {
            throw new IllegalArgumentException("jifen.policy-cache.max-villages must be at least 1");
        }
        this.versions = versions;
        this.maxVillages = maxVillages;
    }

    /** The policy in effect for the village, loading and compiling its stored version on a miss. */
    public Optional<CompiledPolicy> active(String villageId) {
        Entry entry = cache.get(villageId);
        if (entry != null) {
            entry.lastUsed().set(System.nanoTime());
            return Optional.of(entry.policy());
        }
        return Optional.ofNullable(load(villageId, false));
    }

    /** The cached version of the village, without loading anything. */
    public OptionalInt cachedVersion(String villageId) {
        Entry entry = cache.get(villageId);
        return entry == null ? OptionalInt.empty() : OptionalInt.of(entry.policy().version());
    }

    /** The villages whose policies are cached now. */
    public Set<String> cachedVillages() {
        return Set.copyOf(cache.keySet());
    }

    public int size() {
        return cache.size();
    }

    /** How many cached villages have a rule base of their own (DRL); list-only villages share one. */
    public int ownRuleBases() {
        return ownBases.get();
    }

    public int maxVillages() {
        return maxVillages;
    }

    /** Makes {@code policy} the active one of its village, unless a newer version is already active. */
    public void activate(CompiledPolicy policy) {
        install(policy);
    }

    /**
     * Reloads the village from the stored versions when the one in effect now is newer than the
     * cached one, or loads it when it is not cached; waits for a load already running.
     *
     * @return the policy in effect, or null when the village has no stored version in effect
     */
    public CompiledPolicy refresh(String villageId) {
        return load(villageId, true);
    }

    /** Notes that {@code version} of a village takes effect at {@code effectiveFrom} (server time). */
    public void expect(String villageId, int version, LocalDateTime effectiveFrom) {
        Entry entry = cache.get(villageId);
        if (entry == null || entry.policy().version() >= version) {
            return;
        }
        long due = effectiveFrom.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        pending.merge(villageId, new Pending(version, due), (a, b) -> a.dueMillis() <= b.dueMillis() ? a : b);
    }

    /** Refreshes every cached village with a version whose effective time has passed. */
    public void refreshDue() {
        long now = System.currentTimeMillis();
        pending.forEach((villageId, due) -> {
            if (due.dueMillis() <= now && pending.remove(villageId, due) && cache.containsKey(villageId)) {
                refresh(villageId);
            }
        });
    }

    /** How many policies this registry compiled (for tests and metrics). */
    long compilations() {
        return compilations.get();
    }

    /** Compilations by this registry and by publishing (for metrics). */
    long compiles() {
        return compiles.get();
    }

    /** Total time of {@link #compiles}, in nanoseconds. */
    long compileNanos() {
        return compileNanos.get();
    }

    /** Counts one compilation that took {@code nanos}, here or in {@link PolicyPublisher}. */
    void compiled(long nanos) {
        compileNanos.addAndGet(nanos);
        compiles.incrementAndGet();
    }

    private CompiledPolicy load(String villageId, boolean refresh) {
        CompletableFuture<CompiledPolicy> mine = new CompletableFuture<>();
        CompletableFuture<CompiledPolicy> running = loading.putIfAbsent(villageId, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            CompiledPolicy result;
            Entry cached = cache.get(villageId);
            if (cached != null && !refresh) {
                result = cached.policy();
            } else {
                result = loadStored(villageId, cached == null ? null : cached.policy());
            }
            mine.complete(result);
            return result;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            loading.remove(villageId, mine);
        }
    }

    private CompiledPolicy loadStored(String villageId, CompiledPolicy cached) {
        LocalDateTime now = LocalDateTime.now();
        PolicyVersionRow row = versions.findActive(villageId, now);
        if (row == null) {
            return cached;
        }
        CompiledPolicy policy = cached;
        if (cached == null || cached.version() < row.version()) {
            if (Integer.valueOf(row.version()).equals(broken.get(villageId))) {
                return cached;
            }
            try {
                long started = System.nanoTime();
                CompiledPolicy compiled;
                try {
                    compiled = compiler.compile(new PolicySource(villageId, PolicyFiles.fromJson(row.files())),
                            row.version());
                } finally {
                    compiled(System.nanoTime() - started);
                    compilations.incrementAndGet();
                }
                policy = install(compiled);
                broken.remove(villageId);
            } catch (PolicyException e) {
                broken.put(villageId, row.version());
                log.error("village {}: stored policy version {} does not compile:\n{}", villageId, row.version(),
                        e.getMessage());
                return cached;
            }
        }
        notePending(villageId, policy.version(), now);
        return policy;
    }

    /** Remembers the earliest future-dated version newer than {@code active}, if any. */
    private void notePending(String villageId, int active, LocalDateTime now) {
        pending.remove(villageId);
        versions.list(villageId).stream()
                .filter(v -> v.version() > active && v.effectiveFrom() != null && v.effectiveFrom().isAfter(now))
                .min(Comparator.comparing(PolicyVersionInfo::effectiveFrom))
                .ifPresent(v -> expect(villageId, v.version(), v.effectiveFrom()));
    }

    /** Puts {@code policy} in the cache unless a newer version is there; returns what is cached. */
    private CompiledPolicy install(CompiledPolicy policy) {
        CompiledPolicy[] replaced = new CompiledPolicy[1];
        Entry result = cache.merge(policy.villageId(), new Entry(policy), (old, candidate) -> {
            if (candidate.policy().version() >= old.policy().version()) {
                replaced[0] = old.policy();
                return candidate;
            }
            replaced[0] = candidate.policy();
            old.lastUsed().set(System.nanoTime());
            return old;
        });
        if (result.policy() == policy) {
            ownBases.addAndGet((policy.sharesRuleBase() ? 0 : 1)
                    - (replaced[0] == null || replaced[0].sharesRuleBase() ? 0 : 1));
        }
        if (replaced[0] != null && replaced[0] != result.policy()) {
            replaced[0].close();
        }
        Pending due = pending.get(policy.villageId());
        if (due != null && due.version() <= result.policy().version()) {
            pending.remove(policy.villageId(), due);
        }
        if (ownBases.get() > maxVillages) {
            evict(policy.villageId());
        }
        return result.policy();
    }

    private void evict(String keep) {
        synchronized (evictionLock) {
            while (ownBases.get() > maxVillages) {
                Map.Entry<String, Entry> oldest = null;
                for (Map.Entry<String, Entry> e : cache.entrySet()) {
                    if (!e.getKey().equals(keep) && !e.getValue().policy().sharesRuleBase() && (oldest == null
                            || e.getValue().lastUsed().get() - oldest.getValue().lastUsed().get() < 0)) {
                        oldest = e;
                    }
                }
                if (oldest == null) {
                    return;
                }
                if (cache.remove(oldest.getKey(), oldest.getValue())) {
                    ownBases.decrementAndGet();
                    pending.remove(oldest.getKey());
                    oldest.getValue().policy().close();
                    log.debug("village {}: policy version {} evicted from the cache", oldest.getKey(),
                            oldest.getValue().policy().version());
                }
            }
        }
    }
}
