package org.jifen.persistence.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

class EmbeddedMariaDbTest {

  private final Path dataDir = Path.of("target", "embedded-test", UUID.randomUUID().toString());

  @AfterEach
  void cleanUp() throws IOException {
    FileSystemUtils.deleteRecursively(dataDir);
  }

  @Test
  void persistentDataDirSurvivesARestart() {
    EmbeddedMariaDb first = EmbeddedMariaDb.start(dataDir, 0);
    try {
      assertThat(migrate(first).migrationsExecuted).isPositive();
    } finally {
      first.stop();
    }
    assertThat(dataDir.resolve("jifen")).isDirectory();

    EmbeddedMariaDb second = EmbeddedMariaDb.start(dataDir, 0);
    try {
      assertThat(migrate(second).migrationsExecuted).isZero();
    } finally {
      second.stop();
    }
  }

  @Test
  void instancesHaveTheirOwnPortAndBaseDirAndStopCleansUp() {
    EmbeddedMariaDb shared = SharedMariaDb.get();
    EmbeddedMariaDb own = EmbeddedMariaDb.start(null, 0);
    Path ownData = own.dataDir();
    try {
      assertThat(own.port()).isNotEqualTo(shared.port());
      assertThat(ownData.getParent()).isNotEqualTo(shared.dataDir().getParent());
      assertThat(own.jdbcUrl()).startsWith("jdbc:mysql://127.0.0.1:" + own.port() + "/jifen?");
    } finally {
      own.stop();
      own.stop();
    }
    assertThat(ownData.getParent()).doesNotExist();
    assertThat(migrate(shared).success).isTrue();
  }

  @Test
  void keepsAPersistentDataDirUnderTheTempDirectoryAcrossRestarts() throws IOException {
    Path underTmp = Files.createTempDirectory("jifen-data-");
    try {
      assertThat(EmbeddedMariaDb.keptDataDir(underTmp).getPath()).startsWith("/./");
      EmbeddedMariaDb first = EmbeddedMariaDb.start(underTmp, 0);
      try {
        assertThat(migrate(first).migrationsExecuted).isPositive();
      } finally {
        first.stop();
      }
      assertThat(underTmp.resolve("jifen")).as("the data survives the stop").isDirectory();
      EmbeddedMariaDb second = EmbeddedMariaDb.start(underTmp, 0);
      try {
        assertThat(migrate(second).migrationsExecuted).isZero();
      } finally {
        second.stop();
      }
    } finally {
      FileSystemUtils.deleteRecursively(underTmp);
    }
  }

  private static org.flywaydb.core.api.output.MigrateResult migrate(EmbeddedMariaDb server) {
    return Flyway.configure()
        .dataSource(server.jdbcUrl(), EmbeddedMariaDb.USER, "")
        .load()
        .migrate();
  }
}
