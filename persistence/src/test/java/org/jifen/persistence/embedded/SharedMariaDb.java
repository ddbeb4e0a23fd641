package org.jifen.persistence.embedded;

import java.util.List;

/**
 * One embedded MariaDB per test JVM, started lazily with its own temporary directories.
 *
 * <p>Test-only tuning: {@code innodb_flush_log_at_trx_commit=2} (no fsync per commit) because the
 * data is thrown away on exit; the service default stays 1.
 */
public final class SharedMariaDb {

  private static EmbeddedMariaDb server;

  private SharedMariaDb() {}

  /** The shared server, started on first use and stopped when the JVM exits. */
  public static synchronized EmbeddedMariaDb get() {
    if (server == null) {
      server = EmbeddedMariaDb.start(null, 0, List.of("--innodb-flush-log-at-trx-commit=2"));
    }
    return server;
  }

  /** JDBC URL of the shared server's {@code jifen} database. */
  public static String jdbcUrl() {
    return get().jdbcUrl();
  }
}
