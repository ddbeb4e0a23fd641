package org.jifen.api.policy;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Service settings under {@code jifen.*}: where village policies are read from at start, the
 * bounds of one evaluation request, the compiled-policy cache, how instances pick up versions
 * published elsewhere, and the watcher that republishes a village saved on disk.
 *
 * @param watchFiles republish a village when its files change on disk; null (the default) means
 *     on exactly when the embedded database is used
 */
@ConfigurationProperties("jifen")
public record JifenProperties(
        @DefaultValue("rules") String rulesDir,
        @DefaultValue("samples") String samplesDir,
        @DefaultValue("true") boolean loadRulesOnStart,
        @DefaultValue("1000") int maxBatch,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue PolicyCache policyCache,
        @DefaultValue PolicySync policySync,
        Boolean watchFiles,
        @DefaultValue("400ms") Duration watchDebounce) {

    /** The compiled-policy cache: at most {@code maxVillages} villages, least recently used out. */
    public record PolicyCache(@DefaultValue("2000") int maxVillages) {
    }

    /**
     * Picking up versions published by other instances: every {@code interval}, versions created
     * since the last look (less {@code overlap}, for transactions that commit late) are read.
     */
    public record PolicySync(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("1s") Duration interval,
            @DefaultValue("5s") Duration overlap) {
    }
}
