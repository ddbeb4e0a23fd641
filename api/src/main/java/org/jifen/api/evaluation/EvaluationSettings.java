package org.jifen.api.evaluation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the evaluate path ({@code jifen.evaluation.*}).
 *
 * @param threads batches evaluated at once (0: two per processor, at least four)
 * @param queue batches waiting for a thread, all villages together; beyond that a request gets 503
 * @param villageThreads threads one village may hold at once (0: a quarter of {@code threads}, at
 *     least one); a village whose policy is marked faulty holds at most one
 * @param villageQueue batches of one village waiting beyond its threads; beyond that 503
 * @param maxWait how long a batch may wait for a thread before it is refused with 503
 * @param budget what one request may spend on all its evidence together
 */
@ConfigurationProperties("jifen.evaluation")
record EvaluationSettings(
        @DefaultValue("0") int threads,
        @DefaultValue("256") int queue,
        @DefaultValue("0") int villageThreads,
        @DefaultValue("64") int villageQueue,
        @DefaultValue("10s") Duration maxWait,
        @DefaultValue Budget budget) {

    /**
     * One request's budget over all its evidence: the time from when its batch starts on a pool
     * thread, the rule firings and the awards. When one is spent, the remaining evidence are
     * {@code NOT_EVALUATED}. Each evidence keeps its own guards as well ({@code EvaluationLimits}).
     */
    record Budget(
            @DefaultValue("10s") Duration time,
            @DefaultValue("100000") long firings,
            @DefaultValue("10000") int awards) {
    }

    int effectiveThreads() {
        return threads > 0 ? threads : Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }

    int effectiveVillageThreads() {
        int share = villageThreads > 0 ? villageThreads : effectiveThreads() / 4;
        return Math.max(1, Math.min(share, effectiveThreads()));
    }
}
