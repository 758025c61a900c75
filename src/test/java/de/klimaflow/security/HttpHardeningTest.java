package de.klimaflow.security;

import static org.assertj.core.api.Assertions.assertThat;

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
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestUsers;
import de.klimaflow.support.WebSession;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;

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
        assertThat(login.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'").contains("frame-ancestors 'self'").contains("object-src 'none'");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(login.headers().firstValue("Permissions-Policy")).get().asString().contains("camera=()");
        assertThat(new WebSession(port).get("/ical/veranstaltungen.ics").headers().firstValue("Content-Security-Policy"))
                .isPresent();
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() {
        HttpResponse<String> login = new WebSession(port).get("/login");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("SameSite=Lax").contains("HttpOnly"));
    }

    @Test
    void oddPathsAnswer400() throws IOException {
        for (String path : List.of("/camunda//api/engine/engine", "/camunda;a=b/api/engine/engine",
                "/%63amunda/api/engine/engine", "/x/../engine-rest/user", "/engine-rest/%2e%2e/user")) {
            assertThat(raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
                    .as(path).startsWith("HTTP/1.1 400");
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
