package org.jifen.api.ledger;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jifen.api.policy.JifenProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactions that change points: READ COMMITTED (a {@code FOR UPDATE} on a missing row takes
 * no gap lock), retried on deadlocks, lock timeouts and a concurrent insert of the same key with
 * bounded, jittered backoff. A retry re-reads everything, so a repeated request becomes a replay.
 * The one transaction policy for every change of points: evaluation, review, corrections,
 * redemption and expiry.
 */
@Component
public class LedgerTransactions {

    private static final Logger log = LoggerFactory.getLogger(LedgerTransactions.class);

    private final TransactionTemplate transactions;
    private final int maxAttempts;

    LedgerTransactions(PlatformTransactionManager transactionManager, JifenProperties properties) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.transactions.setTimeout(60);
        this.maxAttempts = Math.max(properties.maxAttempts(), 8); // 32 redemptions of one member queue on its lock
    }

    /** Runs {@code work} in one READ COMMITTED transaction, retried as above. */
    public <T> T run(Supplier<T> work) {
        return run(status -> work.get(), e -> { });
    }

    /**
     * As {@link #run(Supplier)}, with the transaction's status (to roll a dry run back) and telling
     * {@code onRetry} about each failure that is retried.
     */
    public <T> T run(TransactionCallback<T> work, Consumer<RuntimeException> onRetry) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(work);
            } catch (TransientDataAccessException | DuplicateKeyException e) {
                if (attempt >= maxAttempts) {
                    throw e;
                }
                log.debug("attempt {} failed ({}), retrying", attempt, e.getClass().getSimpleName());
                onRetry.accept(e);
                sleep((5L << Math.min(attempt, 6)) + ThreadLocalRandom.current().nextLong(10));
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", e);
        }
    }
}
