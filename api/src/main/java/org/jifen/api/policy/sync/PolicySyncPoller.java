package org.jifen.api.policy.sync;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.jifen.api.policy.JifenProperties;
import org.jifen.api.policy.PolicyPublished;
import org.jifen.api.policy.PolicyRegistry;
import org.jifen.persistence.policy.PolicyVersionInfo;
import org.jifen.persistence.policy.PolicyVersionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance's policies in step with versions published by any instance: every
 * {@code jifen.policy-sync.interval} (1 s) it reads the versions created since its last look
 * (less {@code jifen.policy-sync.overlap}, for inserts that commit late; times are the database's)
 * and, for each cached village, activates the version in effect now when it is newer than the
 * cached one. A future-dated version is noted and activated once its {@code effective_from} has
 * passed. Villages not cached load the version in effect on their next use anyway. Versions this
 * instance published itself are learnt from {@link PolicyPublished} (the cache already has them, from
 * the same event) and skipped, so the poller only reloads what other instances published.
 */
@Component
@ConditionalOnProperty(name = "jifen.policy-sync.enabled", havingValue = "true", matchIfMissing = true)
public class PolicySyncPoller {

    private static final Logger log = LoggerFactory.getLogger(PolicySyncPoller.class);

    private final PolicyVersionMapper versions;
    private final PolicyRegistry registry;
    private final JdbcTemplate jdbc;
    private final Duration overlap;
    /** The newest {@code created_at} seen, in database time; null until the first poll. */
    private LocalDateTime lastSeen;
    /** Per village, the newest version this instance published itself. */
    private final Map<String, Integer> ownVersions = new ConcurrentHashMap<>();
    /** Whether the last scheduled poll failed (its WARN is logged once). */
    private volatile boolean failing;

    PolicySyncPoller(PolicyVersionMapper versions, PolicyRegistry registry, DataSource dataSource,
            JifenProperties properties) {
        this.versions = versions;
        this.registry = registry;
        this.jdbc = new JdbcTemplate(dataSource);
        this.overlap = properties.policySync().overlap();
    }

    @Scheduled(fixedDelayString = "${jifen.policy-sync.interval:1s}", initialDelayString = "${jifen.policy-sync.interval:1s}")
    public void scheduledPoll() {
        try {
            poll();
            if (failing) {
                failing = false;
                log.info("policy sync: reading new policy versions again");
            }
        } catch (RuntimeException e) {
            if (!failing) { // one WARN line per outage, not one a second
                failing = true;
                log.warn("policy sync: could not read new policy versions, trying again every interval: {}", rootCause(e));
            } else {
                log.debug("policy sync: still failing", e);
            }
        }
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage()).lines().findFirst().orElse("");
        return root.getClass().getSimpleName() + ": " + message;
    }

    /** Notes a version this instance stored: the publish gate's listeners have activated or scheduled it. */
    @EventListener
    void published(PolicyPublished published) {
        if (published.created() && !published.template()) {
            ownVersions.merge(published.villageId(), published.version(), Math::max);
        }
    }

    /** One look at the versions table; synchronized so a manual call never overlaps the scheduled one. */
    public synchronized void poll() {
        if (lastSeen == null) {
            lastSeen = jdbc.queryForObject("SELECT CURRENT_TIMESTAMP(3)", LocalDateTime.class);
        }
        List<PolicyVersionInfo> created = versions.createdSince(lastSeen.minus(overlap));
        LocalDateTime now = LocalDateTime.now();
        Set<String> stale = new LinkedHashSet<>();
        for (PolicyVersionInfo version : created) {
            if (version.createdAt() != null && version.createdAt().isAfter(lastSeen)) {
                lastSeen = version.createdAt();
            }
            OptionalInt cached = registry.cachedVersion(version.villageId());
            if (cached.isEmpty() || cached.getAsInt() >= version.version()
                    || ownVersions.getOrDefault(version.villageId(), 0) >= version.version()) {
                continue;
            }
            if (version.effectiveFrom() != null && version.effectiveFrom().isAfter(now)) {
                registry.expect(version.villageId(), version.version(), version.effectiveFrom());
            } else {
                stale.add(version.villageId());
            }
        }
        for (String villageId : stale) {
            refresh(villageId);
        }
        registry.refreshDue();
    }

    private void refresh(String villageId) {
        int before = registry.cachedVersion(villageId).orElse(0);
        try {
            var policy = registry.refresh(villageId);
            if (policy != null && policy.version() > before) {
                log.info("village {}: policy version {} active (published elsewhere)", villageId, policy.version());
            }
        } catch (RuntimeException e) {
            log.warn("village {}: could not load a newer policy version: {}", villageId, e.toString());
        }
    }
}
