package org.jifen.api.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The source Hikari makes its physical connections from. Before the first connection succeeds it
 * fails at once, so a service pointed at a database that is not there still fails its start. After
 * that, a failed connect is tried again every {@code pause} until it succeeds or the pool closes:
 * Hikari's own creator backs off after each failure, doubling up to 5 s (not configurable), so
 * after an outage the pool could stay empty for 5 s after the database returned. Waiting here keeps
 * the creator's attempts {@code pause} apart, and a request meanwhile still times out after the
 * pool's {@code connection-timeout} with a 503.
 */
final class ReconnectingDataSource extends DelegatingDataSource {

    private final Duration pause;
    private final BooleanSupplier closed;
    private volatile boolean reached;

    ReconnectingDataSource(DataSource target, Duration pause, BooleanSupplier closed) {
        super(target);
        this.pause = pause;
        this.closed = closed;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connect(null, null);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return connect(username, password);
    }

    private Connection connect(String username, String password) throws SQLException {
        while (true) {
            try {
                Connection connection = username == null ? obtainTargetDataSource().getConnection()
                        : obtainTargetDataSource().getConnection(username, password);
                reached = true;
                return connection;
            } catch (SQLException e) {
                if (!reached || closed.getAsBoolean()) {
                    throw e;
                }
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
