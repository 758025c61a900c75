package de.klimaflow.platform;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public calendar, the event pages and the public directory answer conditional
 * requests: each page carries an ETag of its content and "no-cache" (keep it, but ask again), so in a
 * rush a browser or proxy gets a bodiless 304 while nothing changed. The pages hold no personal data
 * and no session, so they may be kept. In a rush the node renders each of them about once per moment
 * ({@link PublicPageCache}), and the pages' style sheet comes from Spring's resource handler with its
 * lookups cached.
 */
@Configuration
class PublicPageCaching implements WebMvcConfigurer {

    private static final String[] PUBLIC_PAGES = {Links.PUBLIC_CALENDAR, Links.PUBLIC_CALENDAR + "/*", Links.NETWORK};

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> publicPageEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
                            // set before the chain: Spring Security then leaves its "no-store" defaults out
                            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
                        }
                        super.doFilterInternal(request, response, chain);
                    }
                });
        registration.addUrlPatterns(PUBLIC_PAGES);
        registration.setName("publicPageEtags");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }

    @Bean
    PublicPageCache publicPageCache(
            LocaleResolver localeResolver,
            Clock clock,
            EntityManagerFactory entityManagers,
            @Value("${klimaflow.public-pages.fresh-for:2s}") Duration freshFor) {
        PublicPageCache cache = new PublicPageCache(localeResolver, clock, freshFor);
        EventListenerRegistry listeners = entityManagers
                .unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry()
                .requireService(EventListenerRegistry.class);
        listeners.appendListeners(EventType.POST_COMMIT_INSERT, cache);
        listeners.appendListeners(EventType.POST_COMMIT_UPDATE, cache);
        listeners.appendListeners(EventType.POST_COMMIT_DELETE, cache);
        return cache;
    }

    /** After Spring Security (so the visitor is known) and around the ETag filter, whose ETag it keeps. */
    @Bean
    FilterRegistrationBean<PublicPageCache> publicPageCacheFilter(PublicPageCache cache) {
        FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(cache);
        registration.addUrlPatterns(PUBLIC_PAGES);
        registration.setName("publicPageCache");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return registration;
    }

    /**
     * The style sheets (also excluded from Vaadin in application.yml): Vaadin's static file server opened the
     * packaged jar as a zip file system on every request to ask whether the path is a folder.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/styles/**")
                .addResourceLocations("classpath:/META-INF/resources/styles/")
                .setCacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                .resourceChain(true);
    }
}
