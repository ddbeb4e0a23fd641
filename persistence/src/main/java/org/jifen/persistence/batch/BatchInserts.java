package org.jifen.persistence.batch;

import java.util.List;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.mybatis.spring.MyBatisExceptionTranslator;
import org.springframework.dao.DataAccessException;

/**
 * Inserts many rows through one single-row INSERT of a mapper, sent as one JDBC batch on the
 * connection of the current Spring transaction. The statement is parsed once, not once per
 * request as a {@code <foreach>} multi-row INSERT is, and Connector/J sends the batch as multi-row
 * INSERTs ({@code rewriteBatchedStatements}). A duplicate key fails the batch with Spring's
 * {@code DuplicateKeyException}, so callers retry as before. No generated keys are read back.
 */
public class BatchInserts {

  private final SqlSessionFactory sessions;
  private final MyBatisExceptionTranslator translator;

  /** Batches on {@code sessions}, whose transactions are Spring-managed on {@code dataSource}. */
  public BatchInserts(SqlSessionFactory sessions, DataSource dataSource) {
    this.sessions = sessions;
    this.translator = new MyBatisExceptionTranslator(dataSource, true);
  }

  /** Inserts {@code rows} with {@code insertOne} of mapper type {@code mapper}; nothing for an empty list. */
  public <M, T> void insert(Class<M> mapper, BiConsumer<M, T> insertOne, List<T> rows) {
    if (rows.isEmpty()) {
      return;
    }
    // a session of the Spring-managed transaction factory: the transaction's connection, left open on close
    try (SqlSession batch = sessions.openSession(ExecutorType.BATCH)) {
      M target = batch.getMapper(mapper);
      for (T row : rows) {
        insertOne.accept(target, row);
      }
      batch.flushStatements();
    } catch (PersistenceException e) {
      DataAccessException translated = translator.translateExceptionIfPossible(e);
      throw translated != null ? translated : e;
    }
  }
}
