package de.klimaflow.platform;

import java.io.IOException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public calendar, the event pages and the public directory answer conditional
 * requests: each page carries an ETag of its content and "no-cache" (keep it, but ask again), so in a
 * rush a browser or proxy gets a bodiless 304 while nothing changed. The pages hold no personal data
 * and no session, so they may be kept.
 */
@Configuration
class PublicPageCaching {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> publicPageEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
                    // set before the chain: Spring Security then leaves its "no-store" defaults out
                    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
                }
                super.doFilterInternal(request, response, chain);
            }
        });
        registration.addUrlPatterns(Links.PUBLIC_CALENDAR, Links.PUBLIC_CALENDAR + "/*", Links.NETWORK);
        registration.setName("publicPageEtags");
        return registration;
    }
}
