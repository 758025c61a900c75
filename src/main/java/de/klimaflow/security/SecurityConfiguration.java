package de.klimaflow.security;

import java.util.Arrays;

import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import de.klimaflow.platform.Links;
import de.klimaflow.platform.LogBudget;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Who may reach what over HTTP. Three chains:
 * <ol>
 * <li>{@code /engine-rest/**}: stateless HTTP Basic, operators only (the REST API has no protection of its own);</li>
 * <li>{@code /actuator/**}: health is public, everything else (metrics) is for operators;</li>
 * <li>everything else: the Vaadin UI with form login; Camunda's webapps ({@code /camunda/**}) for operators only,
 * signed in through the same session (see {@link #camundaWebappSingleSignOn()}).</li>
 * </ol>
 * Views carry their own {@code @RolesAllowed}/{@code @AnonymousAllowed}; this class only guards the URL space.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);

    public static final String CAMUNDA_WEBAPP_PATH = "/camunda";
    private static final LogBudget REJECTED = new LogBudget(20);

    @Bean
    @Order(1)
    SecurityFilterChain engineRestApi(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/engine-rest/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Groups.OPERATORS))
                .httpBasic(basic -> basic.authenticationEntryPoint(basicEntryPoint()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(basicEntryPoint()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/actuator/**"))
                .authorizeHttpRequests(
                        auth -> auth.requestMatchers(path("/actuator/health"), path("/actuator/health/**"))
                                .permitAll()
                                .anyRequest()
                                .hasRole(Groups.OPERATORS))
                .httpBasic(basic -> basic.authenticationEntryPoint(basicEntryPoint()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(basicEntryPoint()))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * The public JSON API and its OpenAPI document: anonymous and stateless. No cookie is read or set, so a
     * cross-site request has nothing to abuse and needs no CSRF token; personal tokens travel in the path.
     */
    @Bean
    @Order(3)
    SecurityFilterChain publicApi(HttpSecurity http) throws Exception {
        return http.securityMatcher(new OrRequestMatcher(
                        path("/api/**"),
                        path("/v3/api-docs"),
                        path("/v3/api-docs/**"),
                        path("/swagger-ui.html"),
                        path("/swagger-ui/**")))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                        .addHeaderWriter(new ContentSecurityPolicyHeaderWriter(API_CSP)))
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain application(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        RequestMatcher publicPages = new OrRequestMatcher(Arrays.stream(Links.PUBLIC_PATHS)
                .map(SecurityConfiguration::path)
                .toList());
        RequestMatcher camunda = path(CAMUNDA_WEBAPP_PATH + "/**");
        http.authorizeHttpRequests(auth -> auth
                // the container's error dispatch (e.g. after an API's 401) must not turn into a login redirect
                .dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll()
                .requestMatchers(publicPages, path("/styles/**"))
                .permitAll()
                .requestMatchers(camunda)
                .hasRole(Groups.OPERATORS));
        http.authorizeHttpRequests(auth -> RouteAccessRules.scan("de.klimaflow")
                .forEach(rule -> auth.requestMatchers(path(rule.pattern())).hasAnyRole(rule.groups())));
        // an anonymous visitor at "/" is a citizen: the public start page, without the login's saved request (which
        // would open a session for every visit)
        RequestMatcher rootPath = path("/");
        RequestMatcher root = request ->
                "GET".equals(request.getMethod()) && rootPath.matches(request) && request.getParameter("v-r") == null;
        http.addFilterAfter(new VisitorsStartPublic(root), AnonymousAuthenticationFilter.class);
        // before Vaadin's login redirect: a path that is neither public nor a staff page does not exist (public 404)
        RequestMatcher signInFirst = new OrRequestMatcher(java.util.stream.Stream.concat(
                        RouteAccessRules.staffPaths("de.klimaflow").stream(),
                        java.util.stream.Stream.of("/login", "/logout", CAMUNDA_WEBAPP_PATH + "/**"))
                .map(SecurityConfiguration::path)
                .toList());
        http.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                (request, response, refused) -> response.sendError(HttpServletResponse.SC_NOT_FOUND),
                request -> !signInFirst.matches(request) && !vaadinRequests.isFrameworkInternalRequest(request)));
        // Vaadin's own CSRF set-up exempts the login form; here the login needs its token like every other form.
        // Vaadin's internal requests carry Vaadin's token, Camunda's webapps their own (X-XSRF-TOKEN).
        // Public pages keep their token in a cookie, so that reading them opens no session.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest, camunda)
                .csrfTokenRepository(new PublicPageCsrfTokens(publicPages)));
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView("/login", "/").enableCsrfConfiguration(false));
        http.headers(headers -> headers.referrerPolicy(
                        referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        publicPages, new ContentSecurityPolicyHeaderWriter(PUBLIC_CSP)))
                // Camunda's webapps send a policy of their own; two policies would both apply
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(new OrRequestMatcher(publicPages, camunda)),
                        new ContentSecurityPolicyHeaderWriter(STAFF_AND_VAADIN_CSP))));
        return http.build();
    }

    /** Vaadin's client needs inline scripts and styles and eval; nothing may come from another origin. */
    static final String STAFF_AND_VAADIN_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'self'; form-action 'self'; base-uri 'self'; object-src 'none'";
    /** Public pages are plain HTML with one style sheet: no script at all, no inline style. */
    static final String PUBLIC_CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            + "frame-ancestors 'self'; base-uri 'none'";
    /** JSON and the Swagger UI (its own scripts and styles from this server). */
    static final String API_CSP =
            "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                    + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /**
     * Paths the firewall refuses ({@code //}, {@code ;}, encoded separators, {@code ..}) answer 400 with one
     * log line instead of a 500 with a stack trace.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> {
            if (REJECTED.allow(
                    held -> LOG.info("{} more requests were refused by the firewall without a log line", held))) {
                LOG.info(
                        "Refused request {} {}: {}",
                        request.getMethod(),
                        abbreviate(request.getRequestURI()),
                        rejected.getMessage());
            }
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        };
    }

    private static String abbreviate(String path) {
        return path.length() > 200 ? path.substring(0, 200) + "…" : path;
    }

    /** APIs answer 401 with a Basic challenge instead of redirecting to the login page. */
    private static AuthenticationEntryPoint basicEntryPoint() {
        BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
        entryPoint.setRealmName("klimaflow");
        entryPoint.afterPropertiesSet();
        return entryPoint;
    }

    /** Matches the path within the application, whichever servlet serves it (Jersey, Vaadin, Spring MVC). */
    static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /**
     * Hands the Spring Security principal to Cockpit, Tasklist and Admin, so an operator who signed in to
     * klimaflow is signed in there too. Runs right after Spring Security's filter chain.
     */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappSingleSignOn() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("camunda-webapp-sso");
        registration.addInitParameter("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());
        registration.addUrlPatterns(CAMUNDA_WEBAPP_PATH + "/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
