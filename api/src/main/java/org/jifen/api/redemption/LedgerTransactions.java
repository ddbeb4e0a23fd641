package org.jifen.api.redemption;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jifen.api.policy.JifenProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a change of points in one READ COMMITTED transaction (no gap locks), retrying deadlocks,
 * lock timeouts and a concurrent insert of the same key with bounded, jittered backoff, as the
 * evaluate path does. A retry re-reads everything, so a repeated key becomes a replay.
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
        this.maxAttempts = Math.max(properties.maxAttempts(), 8);
    }

    /** {@code work} in a transaction, retried as a whole when it fails for a transient reason. */
    public <T> T run(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> work.get());
            } catch (TransientDataAccessException | DuplicateKeyException e) {
                if (attempt >= maxAttempts) {
                    throw e;
                }
                log.debug("ledger change attempt {} failed ({}), retrying", attempt, e.getClass().getSimpleName());
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
