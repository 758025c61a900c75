package de.klimaflow.security;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import de.klimaflow.platform.LogBudget;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Two filters in front of everything else. A direct request for {@code /error} is a 404. Odd paths ({@code //}, {@code ;}, {@code /../}, a
 * percent-encoded letter or separator) answer 400 with one log line, before any servlet can stumble over
 * them into a 500. And redirects never name the host the request claimed: a redirect to the request's own
 * host becomes a path, so a forged {@code Host} header cannot send anyone elsewhere.
 */
@Configuration
class RequestHygiene {

    private static final Logger LOG = LoggerFactory.getLogger(RequestHygiene.class);
    /** Empty segments, path parameters, dot segments, backslashes, and encoded unreserved characters or separators. */
    private static final Pattern ODD =
            Pattern.compile("//|;|\\\\|/\\.\\.?(/|$)|%(2[dDeEfF5]|3[0-9bB]|[46][1-9a-fA-F]|[57][0-9aA]|5[cCfF]|7[eE])");

    private static final String ERROR_PATH = "/error";
    private static final LogBudget ODD_PATHS = new LogBudget(20);

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> oddPathFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String path = request.getRequestURI();
                if (ODD.matcher(path).find()) {
                    if (ODD_PATHS.allow(held -> LOG.info("{} more odd paths were refused without a log line", held))) {
                        LOG.info(
                                "Refused odd path {} {} from {}",
                                request.getMethod(),
                                abbreviate(path),
                                request.getRemoteAddr());
                    }
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                    return;
                }
                if (ERROR_PATH.equals(path)) {
                    // the error page is for the container's error dispatch; asked for directly, it does not exist
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.setName("odd-path-filter");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> relativeRedirectFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(request, new HttpServletResponseWrapper(response) {
                    @Override
                    public void sendRedirect(String location) throws IOException {
                        super.sendRedirect(withoutOwnHost(location, request.getServerName()));
                    }
                });
            }
        });
        registration.setName("relative-redirect-filter");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** "http://claimed-host:8080/login?x" becomes "/login?x" when the host is the one the request named. */
    static String withoutOwnHost(String location, String requestHost) {
        try {
            URI uri = URI.create(location);
            if (uri.isAbsolute()
                    && uri.getHost() != null
                    && uri.getHost().toLowerCase(Locale.ROOT).equals(requestHost.toLowerCase(Locale.ROOT))) {
                String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
                return path
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                        + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
            }
        } catch (IllegalArgumentException e) {
            // not a URI we can read: leave it to the container
        }
        return location;
    }

    private static String abbreviate(String path) {
        return path.length() > 200 ? path.substring(0, 200) + "…" : path;
    }
}
