package org.jifen.api.policy;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a policy version counts as faulty ({@code jifen.policy-faults.*}): {@code trips}
 * evaluations stopped by a runtime guard or a failing rule within {@code window}.
 */
@ConfigurationProperties("jifen.policy-faults")
public record PolicyFaultSettings(@DefaultValue("5") int trips, @DefaultValue("10m") Duration window) {
}
