package de.klimaflow.security;

import java.io.IOException;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Cockpit, Tasklist and Admin log out by dropping only their own authentication from the session; the
 * staff login in the same session would sign them straight back in ({@link SecurityConfiguration}'s
 * single sign-on). So once their logout has succeeded, the whole session ends: logging out anywhere logs
 * out everywhere. A logout from another site arrives without the SameSite=Lax session cookie and ends nothing.
 */
@Configuration
class SharedSessionLogout {

    private static final Logger LOG = LoggerFactory.getLogger(SharedSessionLogout.class);
    static final Pattern CAMUNDA_LOGOUT =
            Pattern.compile(SecurityConfiguration.CAMUNDA_WEBAPP_PATH + "/api/[a-z]+/auth/user/[^/]+/logout");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> camundaLogoutEndsSession() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(request, response);
                if ("POST".equals(request.getMethod())
                        && CAMUNDA_LOGOUT.matcher(request.getRequestURI()).matches()
                        && response.getStatus() < 300) {
                    HttpSession session = request.getSession(false);
                    if (session != null) {
                        String user = request.getRemoteUser();
                        session.invalidate();
                        LOG.info("Signed out {} everywhere after logging out of Camunda's webapps", user);
                    }
                    SecurityContextHolder.clearContext();
                }
            }
        });
        registration.setName("camunda-logout-ends-session");
        registration.addUrlPatterns(SecurityConfiguration.CAMUNDA_WEBAPP_PATH + "/api/*");
        // outside Spring Security's chain, so the logout has gone through every check before the session ends
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
