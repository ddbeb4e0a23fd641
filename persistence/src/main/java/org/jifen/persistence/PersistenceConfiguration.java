package org.jifen.persistence;

import javax.sql.DataSource;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.session.SqlSessionFactory;
import org.jifen.persistence.batch.BatchInserts;
import org.mybatis.spring.annotation.MapperScan;
import org.mybatis.spring.boot.autoconfigure.ConfigurationCustomizer;
import org.mybatis.spring.boot.autoconfigure.MybatisAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Registers the Jifen mappers and the MyBatis settings they rely on (auto-configured). */
@AutoConfiguration(before = MybatisAutoConfiguration.class)
@MapperScan(basePackages = "org.jifen.persistence", annotationClass = Mapper.class)
public class PersistenceConfiguration {

  /** Maps snake_case columns onto record constructor parameters by name. */
  @Bean
  public ConfigurationCustomizer jifenMybatisCustomizer() {
    return configuration -> {
      configuration.setMapUnderscoreToCamelCase(true);
      configuration.setArgNameBasedConstructorAutoMapping(true);
    };
  }

  /** Multi-row inserts as JDBC batches of one parsed statement (the evaluate path's writes). */
  @Bean
  public BatchInserts batchInserts(SqlSessionFactory sessions, DataSource dataSource) {
    return new BatchInserts(sessions, dataSource);
  }
}
