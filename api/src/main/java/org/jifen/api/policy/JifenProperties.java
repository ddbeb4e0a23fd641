package org.jifen.api.policy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Service settings under {@code jifen.*}: where village policies are read from at start, and
 * the bounds of one evaluation request.
 */
@ConfigurationProperties("jifen")
public record JifenProperties(
        @DefaultValue("rules") String rulesDir,
        @DefaultValue("samples") String samplesDir,
        @DefaultValue("true") boolean loadRulesOnStart,
        @DefaultValue("1000") int maxBatch,
        @DefaultValue("5") int maxAttempts) {
}
