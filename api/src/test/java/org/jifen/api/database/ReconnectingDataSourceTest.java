package org.jifen.api.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.AbstractDataSource;

/** Fails fast until the database was first reached; after that waits for it in short steps, until closed. */
class ReconnectingDataSourceTest {

    /** A database that refuses the next {@code refusals} connects. */
    private static final class Flaky extends AbstractDataSource {
        final AtomicInteger refusals = new AtomicInteger();
        final AtomicInteger attempts = new AtomicInteger();

        @Override
        public Connection getConnection() throws SQLException {
            attempts.incrementAndGet();
            if (refusals.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new SQLNonTransientConnectionException("Connection refused");
            }
            return (Connection) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> null);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }
    }

    @Test
    void failsAtOnceBeforeTheFirstConnection() {
        Flaky db = new Flaky();
        db.refusals.set(1);
        ReconnectingDataSource source = new ReconnectingDataSource(db, Duration.ofMillis(10), () -> false);
        assertThatThrownBy(source::getConnection).isInstanceOf(SQLNonTransientConnectionException.class);
        assertThat(db.attempts).hasValue(1);
    }

    @Test
    void afterwardsWaitsForTheDatabaseInShortSteps() throws SQLException {
        Flaky db = new Flaky();
        ReconnectingDataSource source = new ReconnectingDataSource(db, Duration.ofMillis(10), () -> false);
        assertThat(source.getConnection()).isNotNull();
        db.refusals.set(5);
        long started = System.nanoTime();
        assertThat(source.getConnection()).isNotNull();
        assertThat(db.attempts).hasValue(1 + 6);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void givesUpOnceThePoolIsClosed() throws SQLException {
        Flaky db = new Flaky();
        AtomicBoolean closed = new AtomicBoolean();
        ReconnectingDataSource source = new ReconnectingDataSource(db, Duration.ofMillis(10), closed::get);
        source.getConnection();
        db.refusals.set(Integer.MAX_VALUE);
        closed.set(true);
        assertThatThrownBy(source::getConnection).isInstanceOf(SQLNonTransientConnectionException.class);
    }
}
