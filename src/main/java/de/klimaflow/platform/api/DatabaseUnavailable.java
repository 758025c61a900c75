package de.klimaflow.platform.api;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot be reached from other failures: the API answers 503 with it, and so does
 * platform.DatabaseOutage for the pages (platform already depends on this package, not the reverse).
 */
public final class DatabaseUnavailable {

    /** How long a client should wait before trying again. */
    public static final String RETRY_AFTER_SECONDS = "60";
    /** SQLSTATE classes of a lost or refused connection: 08 (connection exception), 57P (operator intervention). */
    private static final Set<String> CONNECTION_STATES = Set.of("08", "57");
    /**
     * What HikariCP's proxy throws, with no SQLSTATE, once it has evicted a connection that broke. A rollback
     * on such a connection fails with it, and Spring then drops the first failure that named the lost link.
     */
    private static final String EVICTED_CONNECTION = "Connection is closed";

    private DatabaseUnavailable() {}

    /** Whether the error, or one of its causes, says the database cannot be reached. */
    public static boolean isOutage(Throwable error) {
        int depth = 0;
        for (Throwable cause = error; cause != null && depth < 25; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().length() >= 2
                    && CONNECTION_STATES.contains(sql.getSQLState().substring(0, 2))) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() == null
                    && EVICTED_CONNECTION.equals(sql.getMessage())) {
                return true;
            }
        }
        return false;
    }
}
