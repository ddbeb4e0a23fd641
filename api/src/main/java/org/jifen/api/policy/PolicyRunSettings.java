package org.jifen.api.policy;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Runs of a village's sample cases ({@code jifen.policy-runs.*}): draft validate and test, and the
 * publish gate. {@code timeLimit} bounds one run in total; the cases left when it is spent fail.
 */
@ConfigurationProperties("jifen.policy-runs")
public record PolicyRunSettings(@DefaultValue("20s") Duration timeLimit) {
}
