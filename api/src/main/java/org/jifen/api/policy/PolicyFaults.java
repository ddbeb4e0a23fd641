package org.jifen.api.policy;

import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.api.audit.AuditAction;
import org.jifen.api.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Policy versions whose evaluations keep failing. When {@code trips} evaluations of one version
 * are stopped by a runtime guard (too many firings or awards, too long) or by a failing rule within
 * {@code window}, the version is marked FAULTY: logged at WARN once, audited once (POLICY_FAULTY,
 * by the service), and shown with the version by {@code GET …/policy} with a plain reason.
 *
 * <p>The faulty version keeps serving its village: switching to another version silently would
 * change members' points without the village's decision. It is contained instead: the village may
 * hold one evaluation thread only, and every evaluation still stops at its guard (that evidence is
 * FAILED, nothing written). A new version starts unmarked, so publishing a fix ends it. Marks live in
 * this instance's memory: after a restart, or on another instance, counting starts afresh; the
 * audit record stays.
 */
@Component
public class PolicyFaults {

    private static final Logger log = LoggerFactory.getLogger(PolicyFaults.class);
    private static final int MAX_COUNTED = 10_000;
    private static final Pattern LAST_RULE = Pattern.compile("\\(last rule: \"(.*)\"\\)");

    /** A faulty version: since when (server time), how many failures then, and why, in plain Chinese. */
    public record Fault(String villageId, int version, LocalDateTime since, int trips, String reason) {
    }

    private record Key(String villageId, int version) {
    }

    private final PolicyFaultSettings settings;
    private final AuditLog audit;
    private final Map<Key, ArrayDeque<Long>> recent = new ConcurrentHashMap<>();
    private final Map<Key, Fault> faulty = new ConcurrentHashMap<>();

    PolicyFaults(PolicyFaultSettings settings, AuditLog audit) {
        this.settings = settings;
        this.audit = audit;
    }

    /** The version's fault mark, if it has one. */
    public Optional<Fault> of(String villageId, int version) {
        return Optional.ofNullable(faulty.get(new Key(villageId, version)));
    }

    public boolean isFaulty(String villageId, int version) {
        return faulty.containsKey(new Key(villageId, version));
    }

    /**
     * Counts one evaluation of the version that a guard or a failing rule stopped ({@code cause}:
     * the engine's message); marks the version faulty when they come too often.
     */
    public void tripped(String villageId, int version, String cause) {
        Key key = new Key(villageId, version);
        if (faulty.containsKey(key)) {
            return;
        }
        long now = System.nanoTime();
        if (recent.size() > MAX_COUNTED) { // versions that tripped now and then, long ago: forget them
            recent.values().removeIf(t -> {
                synchronized (t) {
                    return t.isEmpty() || now - t.peekLast() > settings.window().toNanos();
                }
            });
        }
        int count;
        ArrayDeque<Long> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            while (!times.isEmpty() && now - times.peekFirst() > settings.window().toNanos()) {
                times.pollFirst();
            }
            count = times.size();
        }
        if (count < Math.max(1, settings.trips())) {
            return;
        }
        Fault fault = new Fault(villageId, version, LocalDateTime.now(), count, reason(version, count, cause));
        if (faulty.putIfAbsent(key, fault) == null) {
            recent.remove(key);
            log.warn("village {}: policy version {} is marked faulty: {} evaluations stopped within {} (last: {}); "
                    + "it keeps serving, confined to one evaluation thread", villageId, version, count,
                    settings.window(), cause);
            SecurityContext caller = SecurityContextHolder.getContext();
            SecurityContextHolder.clearContext(); // the service marks it, not the caller's key
            try {
                audit.record(villageId, AuditAction.POLICY_FAULTY, "policy/versions/" + version, fault.reason());
            } finally {
                SecurityContextHolder.setContext(caller);
            }
        }
    }

    static String reason(int version, int count, String cause) {
        Matcher rule = LAST_RULE.matcher(cause == null ? "" : cause);
        String where = rule.find() ? "，最近一次停在规则“" + rule.group(1) + "”" : "";
        String what;
        if (cause == null) {
            what = "运行出错";
        } else if (cause.contains("firings")) {
            what = "一条证据触发规则的次数超过上限";
        } else if (cause.contains("awards")) {
            what = "一条证据产生的奖励条数超过上限";
        } else if (cause.contains("longer than") || cause.contains("did not return")) {
            what = "一条证据的评估时间超过上限";
        } else {
            what = "规则运行出错";
        }
        return "第 " + version + " 版积分规则近期有 " + count + " 条证据评估失败（" + what + where
                + "），这些证据没有记分。该版本仍在使用，但本村同时只能评估一批证据；请检查并修改规则后发布新版本。";
    }
}
