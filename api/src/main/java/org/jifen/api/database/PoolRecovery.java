package org.jifen.api.database;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.DriverDataSource;
import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Gives every Hikari pool built from a JDBC URL (the embedded database's and
 * {@code spring.datasource.url}'s) a {@link ReconnectingDataSource}, after
 * {@code spring.datasource.hikari.*} is bound and before the pool starts. The pause between
 * attempts is {@code jifen.database.reconnect-pause} (200 ms). Also installs {@link TransientLogFilter}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(HikariDataSource.class)
class PoolRecovery {

    PoolRecovery() {
        TransientLogFilter.install();
    }

    @Bean
    static BeanPostProcessor reconnectingPools(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool && pool.getDataSource() == null && pool.getJdbcUrl() != null
                        && !pool.isRunning()) {
                    Duration pause = environment.getProperty("jifen.database.reconnect-pause", Duration.class,
                            Duration.ofMillis(200));
                    pool.setDataSource(new ReconnectingDataSource(new DriverDataSource(pool.getJdbcUrl(),
                            pool.getDriverClassName(), pool.getDataSourceProperties(), pool.getUsername(),
                            pool.getPassword()), pause, pool::isClosed));
                }
                return bean;
            }
        };
    }
}
