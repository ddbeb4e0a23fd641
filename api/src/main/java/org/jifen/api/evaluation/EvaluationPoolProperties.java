package org.jifen.api.evaluation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bounded pool that runs evaluation batches: {@code threads} at a time (0 means two per
 * processor, at least four), and at most {@code queue} more waiting; beyond that a request gets 503.
 */
@ConfigurationProperties("jifen.evaluation")
record EvaluationPoolProperties(@DefaultValue("0") int threads, @DefaultValue("256") int queue) {

    int effectiveThreads() {
        return threads > 0 ? threads : Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }
}
