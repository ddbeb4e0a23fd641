package org.jifen.persistence;

import java.util.UUID;
import org.jifen.persistence.embedded.EmbeddedMariaDb;
import org.jifen.persistence.embedded.SharedMariaDb;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of mapper tests: a Boot context on the shared embedded MariaDB, migrated by Flyway. */
@SpringBootTest(classes = PersistenceTestApplication.class)
public abstract class DatabaseTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", SharedMariaDb::jdbcUrl);
    registry.add("spring.datasource.username", () -> EmbeddedMariaDb.USER);
    registry.add("spring.datasource.password", () -> "");
  }

  /** A village id no other test uses, so tests share the database without cleaning it. */
  protected static String newVillageId(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
