package de.klimaflow.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import de.klimaflow.platform.api.ApiProblems;
import de.klimaflow.platform.api.PublicApi;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Anonymous writes (the public forms and the public API) carry a few kilobytes; anything over
 * {@value #LIMIT} bytes is refused with 413 before a servlet reads it: a problem document for the API,
 * the error page for forms.
 */
@Configuration
class PublicBodyLimit {

    static final long LIMIT = 64 * 1024;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> publicBodyLimitFilter(MessageSource messages, ObjectMapper json) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (request.getContentLengthLong() <= LIMIT) {
                    chain.doFilter(request, response);
                } else if (request.getRequestURI().startsWith(PublicApi.PREFIX)) {
                    Locale locale = request.getHeader("Accept-Language") == null ? Locale.GERMAN : request.getLocale();
                    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                    json.writeValue(response.getOutputStream(), ApiProblems.tooLarge(messages, locale, LIMIT));
                } else {
                    response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                }
            }

            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                String path = request.getRequestURI();
                return "GET".equals(request.getMethod())
                        || !(path.startsWith(PublicApi.PREFIX)
                                || path.startsWith(Links.PUBLIC_CALENDAR + "/")
                                || path.startsWith(Links.REGISTRATION + "/")
                                || path.startsWith(Links.CONSULTATION)
                                || path.startsWith(Links.NETWORK));
            }
        });
        registration.setName("public-body-limit");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
