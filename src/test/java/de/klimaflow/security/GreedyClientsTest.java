package de.klimaflow.security;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.LoopbackClient;
import de.klimaflow.support.WebSession;

import io.micrometer.core.instrument.MeterRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that would take what belongs to everyone: the request threads (slow bodies), the server's memory (a
 * session per anonymous view), the log (stack traces and forged lines). Every connection here is on loopback,
 * bounded in count, and closed by the test.
 */
@KlimaflowTest
@ExtendWith(OutputCaptureExtension.class)
class GreedyClientsTest {

    /** More slow connections than Tomcat has request threads (200): without the per-client limit, nobody else got in. */
    private static final int SLOW_CONNECTIONS = 210;

    @LocalServerPort
    int port;

    @Value("${klimaflow.http.requests-per-client}")
    int perClient;

    @Autowired
    MeterRegistry meters;

    @Test
    void slowBodiesFromOneClientLeaveTheOthersTheirThreads() throws IOException {
        LoopbackClient slow = new LoopbackClient("127.0.0.5", port);
        List<Socket> connections = new ArrayList<>();
        double refusedBefore = meters.counter("klimaflow.http.refused", "reason", "client_busy")
                .count();
        try {
            for (int i = 0; i < SLOW_CONNECTIONS; i++) {
                Socket socket = slow.open();
                OutputStream out = socket.getOutputStream();
                out.write(
                        ("POST /beratung HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                                        + "Content-Length: 60000\r\n\r\nm")
                                .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                connections.add(socket);
            }
            LoopbackClient staff = new LoopbackClient("127.0.0.6", port);
            long started = System.nanoTime();
            assertThat(staff.get("/actuator/health").status()).isEqualTo(200);
            assertThat(staff.get("/login").status()).isEqualTo(200);
            assertThat(new WebSession(port).get("/beratung").statusCode()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .as("answered while the slow bodies wait")
                    .isLessThan(Duration.ofSeconds(5));

            // the slow client's requests beyond its share were answered at once, without reading their bodies
            int refused = 0;
            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            List<Socket> waiting = new ArrayList<>(connections);
            while (refused < SLOW_CONNECTIONS - perClient && System.nanoTime() < until) {
                for (java.util.Iterator<Socket> it = waiting.iterator(); it.hasNext(); ) {
                    Socket socket = it.next();
                    if (socket.getInputStream().available() >= 12) {
                        it.remove();
                        refused += new String(socket.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1)
                                        .equals("HTTP/1.1 503")
                                ? 1
                                : 0;
                    }
                }
            }
            assertThat(refused).isEqualTo(SLOW_CONNECTIONS - perClient);
            assertThat(meters.counter("klimaflow.http.refused", "reason", "client_busy")
                                    .count()
                            - refusedBefore)
                    .isGreaterThanOrEqualTo(SLOW_CONNECTIONS - perClient);
        } finally {
            for (Socket socket : connections) {
                socket.close();
            }
        }
    }

    @Test
    void anonymousVisitorsOpenNoSession() {
        WebSession visitor = new WebSession(port);
        for (String path : List.of(
                "/veranstaltungen",
                "/beratung",
                "/netzwerk",
                "/netzwerk/beitreten",
                "/ical/veranstaltungen.ics",
                "/anmeldung/" + "A".repeat(43),
                "/veranstaltungen/999999")) {
            HttpResponse<String> page = visitor.get(path);
            assertThat(page.headers().allValues("Set-Cookie"))
                    .as(path)
                    .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        }
        // a form's token lives in a cookie of its own, HttpOnly and for this site only
        assertThat(visitor.cookie(PublicPageCsrfTokens.COOKIE)).isNotEmpty();
        assertThat(visitor.cookie("JSESSIONID")).isEmpty();
        assertThat(new WebSession(port).get("/beratung").headers().allValues("Set-Cookie"))
                .anyMatch(cookie -> cookie.startsWith(PublicPageCsrfTokens.COOKIE + "=")
                        && cookie.contains("HttpOnly")
                        && cookie.contains("SameSite=Strict"));
    }

    @Test
    void aPublicFormPostWithAForeignTokenIsRefused() {
        WebSession visitor = new WebSession(port);
        String token = WebSession.fieldValue(visitor.get("/beratung").body(), "_csrf");
        assertThat(new WebSession(port)
                        .post("/beratung", "_csrf=" + token + "&municipality=x")
                        .statusCode())
                .as("the token without its cookie")
                .isEqualTo(403);
    }

    @Test
    void aBadMultipartRequestToTheEngineApiWritesAFewLinesAtMost(CapturedOutput output) {
        int before = output.getAll().split("\n").length;
        String body = "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--b--\r\n";
        for (int i = 0; i < 20; i++) {
            assertThat(new WebSession(port)
                            .send("POST", "/engine-rest/x", "multipart/form-data; boundary=b", body)
                            .statusCode())
                    .isEqualTo(401);
        }
        String written = String.join(
                "\n",
                java.util.Arrays.asList(output.getAll().split("\n"))
                        .subList(before, output.getAll().split("\n").length));
        // other requests may log meanwhile; these twenty write no stack trace and no line of their own
        assertThat(written)
                .doesNotContain("multi-part configuration")
                .doesNotContain("MultipartException")
                .doesNotContain("/engine-rest/x");
    }

    @Test
    void aFloodOfOddRequestsWritesABoundedLog(CapturedOutput output) {
        int before = output.getAll().split("\n").length;
        LoopbackClient flood = new LoopbackClient("127.0.0.7", port);
        for (int i = 0; i < 300; i++) {
            assertThat(flood.get("/veranstaltungen//" + i).status()).isEqualTo(400);
        }
        List<String> lines = java.util.Arrays.asList(output.getAll().split("\n"));
        assertThat(lines.subList(before, lines.size()))
                .filteredOn(line -> line.contains("odd path"))
                .hasSizeLessThanOrEqualTo(20);
    }

    @Test
    void whatAClientSendsNeverStartsALogLineOfItsOwn(CapturedOutput output) {
        LoggerFactory.getLogger(GreedyClientsTest.class)
                .warn("Login failed for '{}'", "jana\nFORGED 2026 INFO all is well\r\u2028x");
        for (int i = 0; i < 8; i++) {
            new WebSession(port).login("angreifer\nFORGED 2026 INFO login ok", "falsch");
        }
        assertThat(output.getAll().lines()).noneMatch(line -> line.startsWith("FORGED"));
        assertThat(output.getAll()).contains("Login failed for 'jana?FORGED 2026 INFO all is well??x'");
    }
}
