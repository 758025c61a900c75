package de.klimaflow.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.klimaflow.notification.CalendarFiles;
import de.klimaflow.platform.Links;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestUsers;
import de.klimaflow.support.WebSession;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;

import static org.assertj.core.api.Assertions.assertThat;

/** What an attacker or a careless client sees at the HTTP level: headers, cookies, odd paths, forged hosts. */
@KlimaflowTest
class HttpHardeningTest {

    @LocalServerPort
    int port;

    @Autowired
    CalendarFiles calendarFiles;

    @Autowired
    IdentityService identityService;

    @BeforeEach
    void users() {
        TestUsers.ensure(identityService);
    }

    @Test
    void pagesCarryAContentSecurityPolicyAndPrivacyHeaders() {
        HttpResponse<String> login = new WebSession(port).get("/login");
        assertThat(login.headers().firstValue("Content-Security-Policy"))
                .get()
                .asString()
                .contains("default-src 'self'")
                .contains("frame-ancestors 'self'")
                .contains("object-src 'none'");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(login.headers().firstValue("Permissions-Policy"))
                .get()
                .asString()
                .contains("camera=()");
        assertThat(new WebSession(port)
                        .get("/ical/veranstaltungen.ics")
                        .headers()
                        .firstValue("Content-Security-Policy"))
                .isPresent();
    }

    @Test
    void publicPagesAnswerConditionalRequestsWithoutABodyWhileNothingChanged() {
        for (String path : List.of("/veranstaltungen", "/netzwerk")) {
            WebSession visitor = new WebSession(port);
            HttpResponse<String> first = visitor.get(path);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            assertThat(first.headers().firstValue("Cache-Control")).as(path).hasValue("no-cache");
            String etag =
                    first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));
            HttpResponse<String> again = visitor.get(path, "If-None-Match", etag);
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(visitor.get(path, "If-None-Match", "\"0123\"").statusCode())
                    .as("another version")
                    .isEqualTo(200);
        }
        assertThat(new WebSession(port).get("/login").headers().firstValue("Cache-Control"))
                .get()
                .asString()
                .as("staff pages stay uncached")
                .contains("no-store");
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() {
        HttpResponse<String> login = new WebSession(port).get("/login");
        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .contains("SameSite=Lax")
                        .contains("HttpOnly"));
    }

    @Test
    void oddPathsAnswer400() throws IOException {
        for (String path : List.of(
                "/camunda//api/engine/engine",
                "/camunda;a=b/api/engine/engine",
                "/%63amunda/api/engine/engine",
                "/x/../engine-rest/user",
                "/engine-rest/%2e%2e/user")) {
            assertThat(raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
                    .as(path)
                    .startsWith("HTTP/1.1 400");
        }
    }

    @Test
    void aForgedHostDoesNotSteerRedirects() throws IOException {
        String response = raw("GET /events HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 302");
        assertThat(response).containsPattern("(?i)location: /login").doesNotContain("evil.example");
    }

    @Test
    void roleRulesMatchATrailingSlashToo() {
        WebSession desk = new WebSession(port);
        desk.login(TestUsers.REGISTRATION_DESK, TestUsers.PASSWORD);
        assertThat(desk.get("/events/new").statusCode()).isEqualTo(403);
        assertThat(desk.get("/events/new/").statusCode()).isEqualTo(403);
    }

    @Test
    void publicPagesHaveAStricterPolicyWithoutAnyScript() {
        HttpResponse<String> calendar = new WebSession(port).get(Links.PUBLIC_CALENDAR);
        assertThat(calendar.statusCode()).isEqualTo(200);
        String policy = calendar.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy)
                .contains("default-src 'none'")
                .contains("style-src 'self'")
                .doesNotContain("script-src")
                .doesNotContain("unsafe");
        assertThat(calendar.body()).doesNotContain("<script").doesNotContain("style=");
        assertThat(calendar.headers().allValues("Set-Cookie"))
                .as("no session for a visitor")
                .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }

    @Test
    void unknownAddressesAnswer404InTheVisitorsLanguage() {
        WebSession visitor = new WebSession(port);
        for (String path : List.of(
                "/veranstaltungen/0",
                "/veranstaltungen/abc",
                "/veranstaltungen/1/2",
                "/ical/veranstaltungen/abc.ics",
                "/ical/nothing",
                "/error")) {
            HttpResponse<String> response = visitor.get(path, "Accept", "text/html");
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body())
                    .as(path)
                    .contains("Seite nicht gefunden")
                    .contains("lang=\"de\"")
                    .doesNotContain("Could not navigate")
                    .doesNotContain("Whitelabel")
                    .doesNotContain("Exception");
        }
        HttpResponse<String> english =
                visitor.get("/veranstaltungen/0", "Accept", "text/html", "Accept-Language", "en-GB,en");
        assertThat(english.body()).contains("Page not found").contains("lang=\"en\"");
        HttpResponse<String> switched = visitor.get("/veranstaltungen/0?lang=en", "Accept", "text/html");
        assertThat(switched.statusCode()).isEqualTo(404);
        assertThat(switched.body()).contains("Page not found");
        assertThat(visitor.get(Links.PUBLIC_CALENDAR).body())
                .as("the choice is remembered")
                .contains("lang=\"en\"");
    }

    @Test
    void staffSeeNotFoundAndForbiddenPagesWithAWayBack() {
        WebSession desk = new WebSession(port);
        desk.login(TestUsers.REGISTRATION_DESK, TestUsers.PASSWORD);
        assertThat(desk.get("/nothing-here", "Accept", "text/html").statusCode())
                .isEqualTo(404);
        assertThat(desk.get("/events/nothing/else", "Accept", "text/html").statusCode())
                .isEqualTo(404);
        assertThat(desk.get("/", "Accept", "text/html").statusCode())
                .as("a real route stays 200")
                .isEqualTo(200);
        assertThat(desk.get("/error", "Accept", "text/html").statusCode()).isEqualTo(404);
        HttpResponse<String> forbidden = desk.get("/events/new", "Accept", "text/html");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body())
                .contains("Kein Zugriff")
                .contains("Meine Aufgaben")
                .contains("Abmelden")
                .doesNotContain("Whitelabel");
    }

    @Test
    void theLoginNeedsItsTokenSoAnotherSiteCannotPostIt() {
        WebSession forged = new WebSession(port);
        HttpResponse<String> noToken = forged.postLogin(TestUsers.REGISTRATION_DESK, TestUsers.PASSWORD, "");
        assertThat(noToken.statusCode()).isEqualTo(403);
        // a form on another site has no token of ours (and the browser sends no SameSite=Lax cookie with it)
        HttpResponse<String> crossSite = new WebSession(port)
                .postLogin(TestUsers.REGISTRATION_DESK, TestUsers.PASSWORD, "", "Origin", "https://evil.example");
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(forged.get("/").statusCode()).as("still signed out").isEqualTo(302);

        WebSession real = new WebSession(port);
        assertThat(real.login(TestUsers.REGISTRATION_DESK, TestUsers.PASSWORD)).isEqualTo("/");
        assertThat(real.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void loggingOutOfCockpitEndsTheStaffSession() {
        WebSession operator = new WebSession(port);
        operator.login(TestUsers.OPERATOR, TestUsers.PASSWORD);
        assertThat(operator.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
        String xsrf = operator.cookie("XSRF-TOKEN");
        assertThat(xsrf).isNotEmpty();

        // forged from another site: the browser sends no SameSite=Lax cookie with it, and Camunda wants its token
        HttpResponse<String> forged = new WebSession(port)
                .post("/camunda/api/admin/auth/user/default/logout", "", "Origin", "https://evil.example");
        assertThat(forged.statusCode()).isIn(302, 401, 403);
        assertThat(operator.get("/").statusCode())
                .as("the operator's session lives on")
                .isEqualTo(200);

        HttpResponse<String> logout =
                operator.post("/camunda/api/admin/auth/user/default/logout", "", "X-XSRF-TOKEN", xsrf);
        assertThat(logout.statusCode()).isLessThan(300);
        assertThat(operator.get("/").statusCode())
                .as("the staff UI asks for a login again")
                .isEqualTo(302);
        assertThat(operator.get("/camunda/api/admin/auth/user/default").statusCode())
                .isNotEqualTo(200);
    }

    @Test
    void anEmptyCalendarIsStillAValidCalendar() throws Exception {
        byte[] empty = calendarFiles.publication(List.of());
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(empty));
        assertThat(calendar.getComponents()).isNotEmpty();
        assertThat(calendar.validate().hasErrors()).isFalse();
    }

    /** A request exactly as written, which an HTTP client library would have tidied up. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
