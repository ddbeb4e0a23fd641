package org.jifen.api.policy.sync;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on scheduling for {@link PolicySyncPoller} unless {@code jifen.policy-sync.enabled=false}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "jifen.policy-sync.enabled", havingValue = "true", matchIfMissing = true)
class PolicySyncConfiguration {
}
