package de.klimaflow.platform;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import de.klimaflow.platform.api.DatabaseUnavailable;

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

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> databaseOutageFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                try {
                    chain.doFilter(request, response);
                } catch (ServletException | IOException | RuntimeException error) {
                    if (!DatabaseUnavailable.isOutage(error) || response.isCommitted()) {
                        throw error;
                    }
                    LOG.warn(
                            "Database unavailable, answered 503 to {} {}: {}",
                            request.getMethod(),
                            request.getRequestURI(),
                            rootMessage(error));
                    response.resetBuffer();
                    response.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
                    response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                }
            }
        });
        registration.setName("database-outage-filter");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
