package org.jifen.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The database ceiling: ledger-shaped rows written by plain JDBC into a copy of the ledger table
 * ({@code CREATE TABLE bench_ledger LIKE ledger}: same columns and indexes) through a Hikari pool
 * with the service's settings (16 connections, the same init SQL and Connector/J properties as
 * application.yml, READ COMMITTED), one multi-row
 * INSERT and one commit per transaction of {@code batch} rows, from {@code threads} threads.
 */
final class DbCeiling implements AutoCloseable {

    private static final String COLUMNS = "(village_id, member_id, household_id, evidence_id, award_seq, evidence_type,"
            + " occurred_at, rule_name, category, requested, points, policy_version, kind)";
    private final HikariDataSource pool;
    private final AtomicLong sequence = new AtomicLong();
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    DbCeiling(String jdbcUrl, String user, String password) throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(16);
        config.setConnectionInitSql("SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci");
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.addDataSourceProperty("cachePrepStmts", "true");
        config.addDataSourceProperty("prepStmtCacheSize", "128");
        config.addDataSourceProperty("prepStmtCacheSqlLimit", "16384");
        config.addDataSourceProperty("useLocalSessionState", "true");
        config.setPoolName("bench-ceiling");
        pool = new HikariDataSource(config);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_ledger LIKE ledger");
        }
    }

    /** Transactions of {@code batch} rows for {@code seconds}; ops are transactions, units rows. */
    Latencies run(int threads, int batch, double seconds) throws Exception {
        StringBuilder sql = new StringBuilder("INSERT INTO bench_ledger ").append(COLUMNS).append(" VALUES ");
        for (int i = 0; i < batch; i++) {
            sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,?,?,?)");
        }
        String insert = sql.toString();
        return ClosedLoop.run(threads, seconds, () -> {
            try (Connection c = pool.getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement ps = c.prepareStatement(insert)) {
                    int p = 1;
                    for (int i = 0; i < batch; i++) {
                        long n = sequence.incrementAndGet();
                        ps.setString(p++, "tanyin");
                        ps.setString(p++, "c" + (n % 2000));
                        ps.setString(p++, "h" + (n % 2000 / 3));
                        ps.setString(p++, "c" + run + "-" + n);
                        ps.setInt(p++, 0);
                        ps.setString(p++, "PATROL");
                        ps.setTimestamp(p++, Timestamp.valueOf(LocalDateTime.of(2025, 1, 1, 8, 0).plusMinutes(n % 500_000)));
                        ps.setString(p++, "治安巡逻");
                        ps.setString(p++, "平安建设");
                        ps.setInt(p++, 3);
                        ps.setInt(p++, 3);
                        ps.setInt(p++, 1);
                        ps.setString(p++, "AWARD");
                    }
                    ps.executeUpdate();
                }
                c.commit();
            }
            return batch;
        });
    }

    @Override
    public void close() {
        pool.close();
    }
}
