package org.jifen.api.database;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * Drops Spring's "Application exception overridden by rollback exception" ERROR (with its stack
 * trace) when the rollback failed because the database connection was lost: the exception still
 * propagates, and the request is answered 503 with one WARN line ({@code ProblemAdvice}), so a
 * handled transient is never logged at ERROR. Any other ERROR of those loggers passes.
 */
final class TransientLogFilter extends TurboFilter {

    /** The loggers that report a failed rollback at ERROR. */
    static final Set<String> LOGGERS = Set.of("org.springframework.transaction.support.TransactionTemplate",
            "org.springframework.transaction.interceptor.TransactionInterceptor");

    /** Adds the filter to logback once (Spring Boot's logging system keeps it until it resets). */
    static void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getTurboFilterList().stream().noneMatch(TransientLogFilter.class::isInstance)) {
            TransientLogFilter filter = new TransientLogFilter();
            filter.setName("jifen-transient-database");
            filter.start();
            context.addTurboFilter(filter);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (t != null && level == Level.ERROR && LOGGERS.contains(logger.getName()) && connectionLost(t)) {
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }

    /** Whether the cause chain shows a lost or refused database connection. */
    static boolean connectionLost(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLTransientConnectionException || c instanceof SQLNonTransientConnectionException
                    || c instanceof SQLRecoverableException || c instanceof ConnectException
                    || c.getClass().getName().endsWith("CommunicationsException")
                    || c.getClass().getName().endsWith("StatementIsClosedException") // its connection was closed under it
                    || c.getClass().getName().endsWith("ConnectionIsClosedException")
                    || c instanceof java.sql.SQLException e && e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
