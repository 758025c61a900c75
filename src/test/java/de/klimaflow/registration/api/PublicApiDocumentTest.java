package de.klimaflow.registration.api;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import de.klimaflow.events.EventService;
import de.klimaflow.registration.Confirmation;
import de.klimaflow.registration.RegistrationFixtures;
import de.klimaflow.registration.RegistrationIntake;
import de.klimaflow.registration.process.RegistrationProcess;
import de.klimaflow.security.PublicSubmissionLimit;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.LoopbackClient;
import de.klimaflow.support.OpenApiContract;
import de.klimaflow.support.TestClock;
import de.klimaflow.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The OpenAPI document tells the truth: every status it names for an operation is met by a real answer here (but
 * 429, 500 and 503, which other tests provoke), and every answer meets its documented status, type, headers and
 * schema, with the document's patterns compiled as ECMAScript.
 */
@KlimaflowTest
class PublicApiDocumentTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(true);

    private static final String JSON = "application/json";
    private static final String EVENTS = "/api/v1/events";
    private static final String EVENT = "/api/v1/events/{eventId}";
    private static final String REGISTER = "/api/v1/events/{eventId}/registrations";
    private static final String REGISTRATION = "/api/v1/registrations/{token}";

    @LocalServerPort
    int port;

    @Autowired
    RegistrationFixtures fixtures;

    @Autowired
    RegistrationIntake intake;

    @Autowired
    EventService events;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    PublicSubmissionLimit limit;

    @org.springframework.beans.factory.annotation.Value("${klimaflow.http.requests-per-client}")
    int perClient;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /**
     * The document as shipped for clients (and generated into a Java client for {@code GeneratedClientTest}) is the
     * one the server describes. When the API changes, copy {@code target/public-api.json} over it.
     */
    @Test
    void theShippedDocumentIsTheServersOwn() throws Exception {
        String live = new WebSession(port).get("/v3/api-docs").body();
        ObjectMapper json = new ObjectMapper();
        java.nio.file.Path shipped = java.nio.file.Path.of("src/test/resources/openapi/public-api.json");
        if (!java.nio.file.Files.exists(shipped)
                || !json.readTree(java.nio.file.Files.readString(shipped)).equals(json.readTree(live))) {
            java.nio.file.Files.writeString(
                    java.nio.file.Path.of("target/public-api.json"),
                    json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(live)));
        }
        assertThat(json.readTree(java.nio.file.Files.readString(shipped)))
                .as("src/test/resources/openapi/public-api.json is the server's document (target/public-api.json)")
                .isEqualTo(json.readTree(live));
    }

    @Test
    void everyDocumentedStatusOfEveryOperationIsMetByARealAnswerThatMeetsTheDocument() throws Exception {
        WebSession api = new WebSession(port);
        OpenApiContract contract = new OpenApiContract(api.get("/v3/api-docs").body());
        long event = fixtures.publishedForum(10, 5);
        List<Long> parts = fixtures.parts(event);
        long draft = events.create(fixtures.draft(5, 5));
        long invited = fixtures.publish(fixtures.draft(5, 5).byInvitationOnly());

        contract.answer("GET", EVENTS, api.get("/api/v1/events"));
        contract.answer("GET", EVENT, api.get("/api/v1/events/" + event));
        contract.answer("GET", EVENT, api.get("/api/v1/events/999999999"));
        contract.answer("GET", EVENT, api.get("/api/v1/events/abc"));

        String valid = request("document@example.org", parts.get(0));
        contract.request("POST", REGISTER, valid);
        // the contract can fail: markup in a name breaks the document's (ECMAScript) pattern, a missing consent its
        // const
        assertThatThrownBy(() -> contract.request("POST", REGISTER, valid.replace("Jana Krüger", "<b>Jana</b>")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("pattern");
        assertThatThrownBy(() -> contract.request(
                        "POST", REGISTER, valid.replace("\"privacyConsent\":true", "\"privacyConsent\":false")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("privacyConsent");
        String token = new ObjectMapper()
                .readTree(contract.answer("POST", REGISTER, post(api, event, valid))
                        .body())
                .get("token")
                .asText();
        contract.answer("POST", REGISTER, post(api, event, "{}"));
        contract.answer("POST", REGISTER, post(api, event, "{\"name\": "));
        contract.answer(
                "POST",
                REGISTER,
                post(
                        api,
                        invited,
                        request("uninvited@example.org", fixtures.parts(invited).get(0))));
        contract.answer("POST", REGISTER, post(api, draft, request("early@example.org", parts.get(0))));
        contract.answer("POST", REGISTER, api.send("POST", registrations(event), "text/plain", "name=x"));
        contract.answer("POST", REGISTER, post(api, event, "{\"name\":\"" + "x".repeat(70_000) + "\"}"));
        // a client that used up its submissions: 429 with Retry-After. From an address of its own, so that the bucket
        // drained is the very one the request is counted against
        LoopbackClient eager = new LoopbackClient("127.0.0.8", port);
        while (limit.tryAcquire("127.0.0.8").isEmpty()) {
            // drains this client's bucket; bounded by the configured limit
        }
        LoopbackClient.Answer tooMany = contract.answer(
                "POST",
                REGISTER,
                eager.send(
                        "POST",
                        registrations(event),
                        request("again@example.org", parts.get(0)),
                        "Content-Type",
                        JSON));
        assertThat(tooMany.status()).isEqualTo(429);
        assertThat(tooMany.header("Retry-After")).isPresent();
        clock.advance(Duration.ofMinutes(11));

        long id = jdbc.queryForObject("select id from registration where email = 'document@example.org'", Long.class);
        String optIn = RegistrationFixtures.token(
                fixtures.sendMail(smtp, id, RegistrationProcess.TASK_SEND_OPT_IN), "/anmeldung/bestaetigen/");
        assertThat(intake.confirm(optIn)).isEqualTo(Confirmation.CONFIRMED);
        contract.answer("GET", REGISTRATION, api.get("/api/v1/registrations/" + token));
        contract.answer("GET", REGISTRATION, api.get("/api/v1/registrations/" + "A".repeat(43)));

        String both = "{\"parts\":[" + parts.get(0) + "," + parts.get(1) + "]}";
        contract.request("PATCH", REGISTRATION, both);
        contract.answer("PATCH", REGISTRATION, api.send("PATCH", "/api/v1/registrations/" + token, JSON, both));
        contract.answer(
                "PATCH", REGISTRATION, api.send("PATCH", "/api/v1/registrations/" + token, JSON, "{\"parts\":[]}"));
        contract.answer(
                "PATCH", REGISTRATION, api.send("PATCH", "/api/v1/registrations/" + "A".repeat(43), JSON, both));
        contract.answer(
                "PATCH", REGISTRATION, api.send("PATCH", "/api/v1/registrations/" + token, "text/plain", "parts=1"));
        contract.answer(
                "PATCH",
                REGISTRATION,
                api.send(
                        "PATCH", "/api/v1/registrations/" + token, JSON, "{\"parts\":[" + "1,".repeat(40_000) + "1]}"));
        // after the deadline a part can be given up, not added
        String one = "{\"parts\":[" + parts.get(0) + "]}";
        contract.answer("PATCH", REGISTRATION, api.send("PATCH", "/api/v1/registrations/" + token, JSON, one));
        clock.advance(Duration.between(
                        clock.instant(), events.find(event).orElseThrow().getRegistrationDeadline())
                .plusHours(1));
        contract.answer("PATCH", REGISTRATION, api.send("PATCH", "/api/v1/registrations/" + token, JSON, both));

        contract.answer("DELETE", REGISTRATION, api.send("DELETE", "/api/v1/registrations/" + token, "", ""));
        contract.answer("DELETE", REGISTRATION, api.send("DELETE", "/api/v1/registrations/" + "A".repeat(43), "", ""));

        // 503: a client that holds as many requests as it may (bodies that trickle in) is refused its next one at once
        LoopbackClient busy = new LoopbackClient("127.0.0.9", port);
        List<java.net.Socket> held = new java.util.ArrayList<>();
        try {
            // more than its share: those beyond are refused at once, so every slot ends up held even where one of the
            // probes below took a slot for a moment while the held requests were still arriving
            for (int i = 0; i < perClient + 10; i++) {
                java.net.Socket socket = busy.open();
                socket.getOutputStream()
                        .write(("POST " + registrations(event) + " HTTP/1.1\r\nHost: localhost\r\n"
                                        + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
                                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
                held.add(socket);
            }
            LoopbackClient.Answer refused = busy.get("/api/v1/events");
            // the held requests reach the server one by one: ask until all of them are in flight
            for (int tries = 0; refused.status() != 503 && tries < 300; tries++) {
                Thread.sleep(100);
                refused = busy.get("/api/v1/events");
            }
            contract.answer("GET", EVENTS, refused);
            assertThat(refused.status()).isEqualTo(503);
            contract.answer("GET", EVENT, busy.get("/api/v1/events/" + event));
            contract.answer("POST", REGISTER, busy.send("POST", registrations(event), valid, "Content-Type", JSON));
            contract.answer("GET", REGISTRATION, busy.get("/api/v1/registrations/" + token));
            contract.answer(
                    "PATCH",
                    REGISTRATION,
                    busy.send("PATCH", "/api/v1/registrations/" + token, both, "Content-Type", JSON));
            contract.answer("DELETE", REGISTRATION, busy.send("DELETE", "/api/v1/registrations/" + token, ""));
        } finally {
            for (java.net.Socket socket : held) {
                socket.close();
            }
        }

        // 500 needs a fault of ours, which no request can provoke on purpose; its problem is the schema every
        // other error answer above was held against
        assertThat(contract.seen())
                .as("every status the document names, met by a real answer")
                .containsAll(contract.documented(Set.of("500")));
    }

    private static HttpResponse<String> post(WebSession api, long event, String body) {
        return api.send("POST", registrations(event), JSON, body);
    }

    private static String registrations(long event) {
        return "/api/v1/events/" + event + "/registrations";
    }

    private static String request(String email, long part) {
        return "{\"name\":\"Jana Krüger\",\"email\":\"" + email + "\",\"organisation\":\"Gemeinde Barleben\","
                + "\"role\":\"OTHER\",\"parts\":[" + part
                + "],\"needs\":null,\"accessibility\":null,\"accessibilityToVenue\":false,\"privacyConsent\":true}";
    }
}
