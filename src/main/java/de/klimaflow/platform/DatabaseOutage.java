package de.klimaflow.platform;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * While the database is unreachable every request that needs it (a public page, a login, health for a
 * signed-in operator) answers 503 with the calm error page in the user's language, and one log line
 * instead of a stack trace; nothing internal reaches the visitor. Nothing needs a restart afterwards:
 * the connection pool opens new connections as soon as the database is back.
 */
@Configuration
class DatabaseOutage {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutage.class);
    /** How long a client should wait before trying again. */
    static final String RETRY_AFTER_SECONDS = "60";
    /** SQLSTATE classes of a lost or refused connection: 08 (connection exception), 57P (operator intervention). */
    private static final Set<String> CONNECTION_STATES = Set.of("08", "57");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> databaseOutageFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                try {
                    chain.doFilter(request, response);
                } catch (ServletException | IOException | RuntimeException error) {
                    if (!isOutage(error) || response.isCommitted()) {
                        throw error;
                    }
                    LOG.warn("Database unavailable, answered 503 to {} {}: {}", request.getMethod(), request.getRequestURI(),
                            rootMessage(error));
                    response.resetBuffer();
                    response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
                    response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                }
            }
        });
        registration.setName("database-outage-filter");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    /** Whether the error, or one of its causes, says the database cannot be reached. */
    static boolean isOutage(Throwable error) {
        int depth = 0;
        for (Throwable cause = error; cause != null && depth < 25; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() >= 2
                    && CONNECTION_STATES.contains(sql.getSQLState().substring(0, 2))) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
