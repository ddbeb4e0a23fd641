package org.jifen.persistence.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class EmbeddedMariaDbAutoConfigurationTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(EmbeddedMariaDbAutoConfiguration.class,
          DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class));

  @Test
  void withoutADataSourceUrlStartsMariaDbAndMigratesIt() {
    AtomicReference<Path> baseDir = new AtomicReference<>();
    runner
        .withPropertyValues("jifen.embedded.data-dir=", "spring.datasource.hikari.maximum-pool-size=3")
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(EmbeddedMariaDb.class);
          EmbeddedMariaDb server = context.getBean(EmbeddedMariaDb.class);
          baseDir.set(server.dataDir().getParent());
          HikariDataSource dataSource = (HikariDataSource) context.getBean(DataSource.class);
          assertThat(dataSource.getJdbcUrl()).isEqualTo(server.jdbcUrl());
          assertThat(dataSource.getMaximumPoolSize()).isEqualTo(3);
          assertThat(context.getBean(Flyway.class).info().pending()).isEmpty();
          assertThat(context.getBean(Flyway.class).info().current()).isNotNull();
        });
    assertThat(baseDir.get()).doesNotExist();
  }

  @Test
  void withADataSourceUrlStartsNothing() {
    runner
        .withPropertyValues("spring.datasource.url=" + SharedMariaDb.jdbcUrl(),
            "spring.datasource.username=root", "spring.flyway.enabled=false")
        .run(context -> {
          assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedMariaDb.class);
          assertThat(((HikariDataSource) context.getBean(DataSource.class)).getJdbcUrl())
              .isEqualTo(SharedMariaDb.jdbcUrl());
        });
  }
}
