package org.jifen.api.database;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.TransactionSystemException;

/** A rollback that failed on a lost connection is not logged at ERROR; any other ERROR still is. */
class TransientLogFilterTest {

    @Test
    void aLostConnectionsRollbackErrorIsDroppedOthersPass() {
        TransientLogFilter.install();
        TransientLogFilter.install(); // once only
        Logger logger = (Logger) LoggerFactory.getLogger("org.springframework.transaction.support.TransactionTemplate");
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        logger.addAppender(captured);
        try {
            logger.error("Application exception overridden by rollback exception", new TransactionSystemException(
                    "rollback failed", new SQLNonTransientConnectionException("No operations allowed after connection closed.")));
            logger.error("Application exception overridden by rollback exception", new RuntimeException(
                    "flush failed", new java.sql.SQLException("No operations allowed after statement closed.", "08003")));
            logger.error("Application exception overridden by rollback exception", new IllegalStateException("a bug"));
        } finally {
            logger.detachAppender(captured);
        }
        assertThat(captured.list).singleElement()
                .satisfies(event -> assertThat(event.getThrowableProxy().getMessage()).isEqualTo("a bug"));
        assertThat(((ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory()).getTurboFilterList()
                .stream().filter(TransientLogFilter.class::isInstance)).hasSize(1);
    }
}
