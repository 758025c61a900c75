package de.klimaflow.security;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import de.klimaflow.platform.Links;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestUsers;
import de.klimaflow.support.WebSession;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asks every Vaadin route, every Camunda webapp and REST path and the actuator as anonymous, as each
 * staff group and as operator, and checks the answer. Routes are found on the classpath, so a new
 * view is covered the day it is added.
 */
@KlimaflowTest
class AccessControlTest {

    private static final String ANONYMOUS = "anonymous";
    private static final List<String> CAMUNDA_PAGES = List.of(
            "/camunda/app/cockpit/default/",
            "/camunda/app/admin/default/",
            "/camunda/app/tasklist/default/",
            "/camunda/app/welcome/default/",
            "/camunda/api/admin/auth/user/default",
            "/camunda/api/cockpit/plugin/base/default/process-definition/statistics");
    private static final List<String> REST_PATHS = List.of(
            "/engine-rest/engine",
            "/engine-rest/process-definition",
            "/engine-rest/task",
            "/engine-rest/user",
            "/engine-rest/history/process-instance");
    private static final List<String> OPERATOR_ACTUATOR = List.of("/actuator/prometheus", "/actuator/info");

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @BeforeEach
    void users() {
        TestUsers.ensure(identityService);
    }

    static Stream<Arguments> everyone() {
        List<Arguments> callers = new ArrayList<>();
        callers.add(Arguments.of(ANONYMOUS, Set.of()));
        for (String[] user : TestUsers.ALL) {
            callers.add(Arguments.of(user[0], Set.of(user[1])));
        }
        return callers.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void vaadinRoutes(String caller, Set<String> groups) {
        WebSession web = sessionOf(caller);
        List<Class<?>> routes = routeClasses();
        assertThat(routes).as("routes found on the classpath").isNotEmpty();
        for (Class<?> view : routes) {
            String path = "/" + view.getAnnotation(Route.class).value().replaceAll(":[^/]+", "x");
            HttpResponse<String> response = web.get(path);
            String what = caller + " GET " + path + " (" + view.getSimpleName() + ")";
            if (view.isAnnotationPresent(AnonymousAllowed.class)) {
                // public pages never ask for a login; for an unknown id ("x") they answer "not found"
                if (path.contains("/x")) {
                    assertThat(response.statusCode()).as(what).isIn(200, 404);
                } else {
                    assertThat(response.statusCode()).as(what).isEqualTo(200);
                }
            } else if (caller.equals(ANONYMOUS) && path.equals("/")) {
                // the root is where citizens arrive: they get the public start page, staff sign in from there
                assertThat(response.statusCode()).as(what).isEqualTo(302);
                assertThat(response.headers().firstValue("Location"))
                        .as(what)
                        .get()
                        .asString()
                        .endsWith(Links.START);
            } else if (caller.equals(ANONYMOUS)) {
                assertRedirectToLogin(response, what);
            } else if (view.isAnnotationPresent(PermitAll.class)) {
                assertThat(response.statusCode()).as(what).isEqualTo(200);
            } else {
                RolesAllowed allowed = view.getAnnotation(RolesAllowed.class);
                assertThat(allowed)
                        .as(what + ": every view declares who may open it")
                        .isNotNull();
                boolean member = Arrays.stream(allowed.value()).anyMatch(groups::contains);
                if (member) {
                    assertThat(response.statusCode()).as(what).isEqualTo(200);
                } else {
                    assertThat(response.statusCode()).as(what).isEqualTo(403);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void publicPagesAreOpenToEveryoneAndUnknownPathsAreNotFound(String caller, Set<String> groups) {
        WebSession web = sessionOf(caller);
        assertThat(web.get(Links.PUBLIC_CALENDAR).statusCode()).as(caller).isEqualTo(200);
        assertThat(web.get(Links.CALENDAR_FEED).statusCode()).as(caller).isEqualTo(200);
        assertThat(web.get(Links.eventPage(0)).statusCode()).as(caller).isEqualTo(404);
        assertThat(web.get(Links.registrationForm(0)).statusCode()).as(caller).isEqualTo(404);
        assertThat(web.get(Links.registrationSelfService("A".repeat(43))).statusCode())
                .as(caller)
                .isEqualTo(404);
        assertThat(web.get(Links.registrationConfirmation("A".repeat(43))).statusCode())
                .as(caller)
                .isEqualTo(404);
        assertThat(web.get("/api/v1/events").statusCode()).as(caller).isEqualTo(200);
        assertThat(web.get("/v3/api-docs").statusCode()).as(caller).isEqualTo(200);
        // a path that is neither public nor a staff page does not exist, for visitors (the public 404 page) as for
        // staff
        assertThat(web.get("/no-such-page").statusCode()).as(caller).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void camundaWebappsAreForOperatorsOnly(String caller, Set<String> groups) {
        WebSession web = sessionOf(caller);
        for (String path : CAMUNDA_PAGES) {
            HttpResponse<String> response = web.get(path);
            String what = caller + " GET " + path;
            if (caller.equals(ANONYMOUS)) {
                assertRedirectToLogin(response, what);
            } else if (groups.contains(Groups.OPERATORS)) {
                assertThat(response.statusCode())
                        .as(what + "\n" + response.body())
                        .isEqualTo(200);
            } else {
                assertThat(response.statusCode()).as(what).isEqualTo(403);
            }
        }
    }

    @Test
    void operatorIsSignedInToCockpitWithTheSameSession() {
        WebSession web = sessionOf(TestUsers.OPERATOR);
        // as in a browser: the Cockpit page first, then its calls to the API
        assertThat(web.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
        HttpResponse<String> response = web.get("/camunda/api/admin/auth/user/default");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"userId\":\"" + TestUsers.OPERATOR + "\"")
                .contains("cockpit");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void restApiNeedsAnOperatorsCredentials(String caller, Set<String> groups) {
        assertOperatorsOnlyWithBasicAuth(caller, groups, REST_PATHS);
    }

    @Test
    void restApiRejectsWrongPasswords() {
        WebSession web = new WebSession(port).basic(TestUsers.OPERATOR, "wrong");
        assertThat(web.get("/engine-rest/engine").statusCode()).isEqualTo(401);
        // a single failure locks the account for a few seconds; unlock so other tests are not affected
        identityService.unlockUser(TestUsers.OPERATOR);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void actuator(String caller, Set<String> groups) {
        HttpResponse<String> health = basicSessionOf(caller).get("/actuator/health");
        assertThat(health.statusCode()).as(caller + " health").isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertOperatorsOnlyWithBasicAuth(caller, groups, OPERATOR_ACTUATOR);
    }

    /** Anonymous callers get 401, staff 403, operators 200. */
    private void assertOperatorsOnlyWithBasicAuth(String caller, Set<String> groups, List<String> paths) {
        WebSession web = basicSessionOf(caller);
        int expected = caller.equals(ANONYMOUS) ? 401 : groups.contains(Groups.OPERATORS) ? 200 : 403;
        for (String path : paths) {
            assertThat(web.get(path).statusCode()).as(caller + " GET " + path).isEqualTo(expected);
        }
    }

    private WebSession basicSessionOf(String caller) {
        WebSession web = new WebSession(port);
        return caller.equals(ANONYMOUS) ? web : web.basic(caller, TestUsers.PASSWORD);
    }

    @Test
    void prometheusShowsEngineAndJvmMetricsToOperators() {
        HttpResponse<String> response = new WebSession(port)
                .basic(TestUsers.OPERATOR, TestUsers.PASSWORD)
                .get("/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes").contains("http_server_requests");
    }

    private WebSession sessionOf(String caller) {
        WebSession web = new WebSession(port);
        if (!caller.equals(ANONYMOUS)) {
            String target = web.login(caller, TestUsers.PASSWORD);
            assertThat(target).as("login of " + caller).doesNotContain("error");
        }
        return web;
    }

    private static void assertRedirectToLogin(HttpResponse<String> response, String what) {
        assertThat(response.statusCode()).as(what).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .as(what)
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    private static List<Class<?>> routeClasses() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents("de.klimaflow").stream()
                .<Class<?>>map(definition -> {
                    try {
                        return (Class<?>) Class.forName(definition.getBeanClassName());
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
