package org.jifen.api.evaluation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluate path's meters (served at {@code /actuator/prometheus}): evidence evaluated by
 * outcome, awards and points (granted, deducted) credited, batch latency and size, retries by cause, batches refused
 * by a full pool and batches waiting. No village tag: a platform has tens of thousands of villages.
 */
final class EvaluationMetrics {

    private final MeterRegistry meters;
    private final Map<EvidenceResult.Status, Counter> evidence = new EnumMap<>(EvidenceResult.Status.class);
    private final Counter replayed;
    private final Counter awards;
    private final Counter granted;
    private final Counter deducted;
    private final Timer batches;
    private final DistributionSummary batchSize;
    private final Counter rejected;

    EvaluationMetrics(MeterRegistry meters, EvaluationPool pool) {
        this.meters = meters;
        for (EvidenceResult.Status status : EvidenceResult.Status.values()) {
            evidence.put(status, Counter.builder("jifen.evaluations").description("evidence evaluated, by outcome")
                    .tag("status", status.name()).register(meters));
        }
        replayed = Counter.builder("jifen.evaluations.replayed")
                .description("evidence already stored, answered from the stored result").register(meters);
        awards = Counter.builder("jifen.awards.credited").description("ledger award rows written").register(meters);
        granted = Counter.builder("jifen.points.credited").description("points credited, by sign")
                .tag("kind", "granted").register(meters);
        deducted = Counter.builder("jifen.points.credited").description("points credited, by sign")
                .tag("kind", "deducted").register(meters);
        batches = Timer.builder("jifen.evaluation.batch")
                .description("one evaluation request: pool wait, transaction, retries").register(meters);
        batchSize = DistributionSummary.builder("jifen.evaluation.batch.size").description("evidence per request")
                .register(meters);
        rejected = Counter.builder("jifen.evaluation.rejected")
                .description("requests refused with 503 because the evaluation pool was full").register(meters);
        Gauge.builder("jifen.evaluation.queued", pool, EvaluationPool::queued)
                .description("requests waiting for an evaluation thread").register(meters);
    }

    Timer batches() {
        return batches;
    }

    /** Counts a committed (or dry-run) batch's outcomes. */
    void record(List<EvidenceResult> results, boolean write) {
        batchSize.record(results.size());
        long awarded = 0;
        long plus = 0;
        long minus = 0;
        for (EvidenceResult result : results) {
            if (result.replayed()) {
                replayed.increment();
                continue;
            }
            evidence.get(result.status()).increment();
            if (write && result.status() == EvidenceResult.Status.CREDITED) {
                for (AwardView award : result.awards()) {
                    if (award.points() != 0) {
                        awarded++;
                        plus += Math.max(0, award.points());
                        minus += Math.max(0, -award.points());
                    }
                }
            }
        }
        awards.increment(awarded);
        granted.increment(plus);
        deducted.increment(minus);
    }

    /** A transaction attempt that failed and is retried: cause is the exception's simple class name. */
    void retried(Throwable cause) {
        meters.counter("jifen.evaluation.retries", "cause", cause.getClass().getSimpleName()).increment();
    }

    void rejected() {
        rejected.increment();
    }
}
