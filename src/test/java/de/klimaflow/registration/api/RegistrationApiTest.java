package de.klimaflow.registration.api;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import de.klimaflow.events.EventService;
import de.klimaflow.registration.RegistrationFixtures;
import de.klimaflow.registration.RegistrationService;
import de.klimaflow.registration.RegistrationStatus;
import de.klimaflow.registration.process.RegistrationProcess;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/** The public JSON API over real HTTP: events with seats, register, look, change, cancel, and every error as problem+json. */
@KlimaflowTest
class RegistrationApiTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(true);

    private static final String JSON = "application/json";

    @LocalServerPort
    int port;

    @Autowired
    de.klimaflow.registration.RegistrationIntake intake;

    @Autowired
    RegistrationFixtures fixtures;

    @Autowired
    EventService events;

    @Autowired
    RegistrationService registrations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    WebSession api;

    @BeforeEach
    void fixtures() {
        api = new WebSession(port);
    }

    @Test
    void theWebsiteListsEventsRegistersAndThePersonChangesAndCancelsWithTheToken() throws Exception {
        long event = fixtures.publishedForum(10, 5);
        List<Long> parts = fixtures.parts(event);
        JsonNode listed = body(api.get("/api/v1/events"));
        JsonNode ours = null;
        for (JsonNode one : listed) {
            if (one.get("id").asLong() == event) {
                ours = one;
            }
        }
        assertThat(ours).isNotNull();
        assertThat(ours.get("registrationOpen").asBoolean()).isTrue();
        assertThat(ours.get("parts").get(0).get("seatsLeft").asLong()).isEqualTo(10);
        assertThat(ours.get("registrationForm").asText())
                .isEqualTo("https://klimaflow.example/veranstaltungen/" + event + "/anmelden");

        HttpResponse<String> created = api.send(
                "POST", "/api/v1/events/" + event + "/registrations", JSON, request("api@example.org", parts.get(0)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode answer = json.readTree(created.body());
        String token = answer.get("token").asText();
        assertThat(token).hasSize(43);
        assertThat(answer.get("status").asText()).isEqualTo("PENDING_CONFIRMATION");
        assertThat(created.headers().firstValue("Location"))
                .hasValue("https://klimaflow.example/api/v1/registrations/" + token);
        long id = jdbc.queryForObject("select id from registration where email = 'api@example.org'", Long.class);

        String optIn = RegistrationFixtures.token(
                fixtures.sendMail(smtp, id, RegistrationProcess.TASK_SEND_OPT_IN), "/anmeldung/bestaetigen/");
        assertThat(intake.confirm(optIn)).isEqualTo(de.klimaflow.registration.Confirmation.CONFIRMED);
        assertThat(body(api.get("/api/v1/registrations/" + token))
                        .get("parts")
                        .get(0)
                        .get("status")
                        .asText())
                .isEqualTo("SEAT");

        HttpResponse<String> patched = api.send(
                "PATCH",
                "/api/v1/registrations/" + token,
                JSON,
                "{\"parts\":[" + parts.get(0) + "," + parts.get(1) + "]}");
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        assertThat(json.readTree(patched.body()).get("parts")).hasSize(2);

        assertThat(api.send("DELETE", "/api/v1/registrations/" + token, "", "").statusCode())
                .isEqualTo(204);
        assertThat(registrations.find(id).orElseThrow().status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(events.overviewOf(event).orElseThrow().parts().get(0).taken())
                .isZero();
    }

    @Test
    void everyBadRequestIsAProblemDocumentWithOneEntryPerFieldAndStoresNothing() throws Exception {
        long event = fixtures.publishedForum(10, 5);
        long part = fixtures.parts(event).get(0);
        long draft = events.create(fixtures.draft(5, 5));
        String longText = "x".repeat(10_000);
        long before = count();

        JsonNode empty = problem(post(event, "{}"), 400);
        assertThat(fields(empty)).contains("name", "email", "role", "parts", "privacyConsent");

        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("name", "\"<script>alert(1)</script>\"");
        cases.put("email", "\"kein-at-zeichen\"");
        cases.put("organisation", "\"x' OR '1'='1\"");
        cases.put("needs", "\"" + longText + "\"");
        cases.put("accessibility", "\"<img src=x onerror=alert(1)>\"");
        for (Map.Entry<String, String> bad : cases.entrySet()) {
            String body = request("bad@example.org", part)
                    .replaceFirst(
                            "\"" + bad.getKey() + "\":(\"[^\"]*\"|null)", "\"" + bad.getKey() + "\":" + bad.getValue());
            assertThat(fields(problem(post(event, body), 400))).as(bad.getKey()).containsExactly(bad.getKey());
        }
        assertThat(fields(problem(
                        post(
                                event,
                                request("long@example.org", part).replace("\"Jana Krüger\"", "\"" + longText + "\"")),
                        400)))
                .containsExactly("name");
        assertThat(fields(
                        problem(post(event, request("role@example.org", part).replace("\"OTHER\"", "\"ADMIN\"")), 400)))
                .containsExactly("role");
        assertThat(fields(problem(
                        post(
                                event,
                                request("role@example.org", part)
                                        .replace("\"OTHER\"", "\"ADMIN\"")
                                        .replace("role@example.org", "kein-at-zeichen")),
                        400)))
                .as("an unknown role is reported with the other invalid fields")
                .containsExactlyInAnyOrder("role", "email");
        assertThat(fields(problem(post(event, request("part@example.org", 999_999_999L)), 400)))
                .containsExactly("parts");
        assertThat(fields(problem(post(draft, request("closed@example.org", part)), 409)))
                .containsExactly("eventId");
        problem(post(event, "{\"name\": "), 400);
        problem(api.send("POST", "/api/v1/events/" + event + "/registrations", "text/plain", "name=x"), 415);
        problem(
                api.send(
                        "POST",
                        "/api/v1/events/" + event + "/registrations",
                        JSON,
                        "{\"name\":\"" + "x".repeat(70_000) + "\"}"),
                413);
        problem(api.get("/api/v1/registrations/" + "A".repeat(43)), 404);
        problem(api.send("DELETE", "/api/v1/registrations/not-a-token", "", ""), 404);
        problem(api.get("/api/v1/events/abc"), 400);
        assertThat(problem(api.get("/api/v1/no-such-thing"), 404).get("type").asText())
                .isEqualTo("urn:klimaflow:problem:no-path");
        assertThat(problem(api.send("PUT", "/api/v1/events", JSON, "{}"), 405)
                        .get("type")
                        .asText())
                .isEqualTo("urn:klimaflow:problem:method");
        assertThat(count()).as("nothing stored").isEqualTo(before);

        assertThat(post(event, request("dup@example.org", part)).statusCode()).isEqualTo(201);
        long tokens = jdbc.queryForObject("select count(*) from registration_token", Long.class);
        assertThat(post(event, request("DUP@example.org", part)).statusCode())
                .as("as for a new address")
                .isEqualTo(201);
        assertThat(jdbc.queryForObject("select count(*) from registration_token", Long.class))
                .as("a second registration of an address issues no personal link")
                .isEqualTo(tokens);

        JsonNode english = problem(
                api.send("POST", "/api/v1/events/" + event + "/registrations", JSON, "{}", "Accept-Language", "en"),
                400);
        assertThat(english.get("title").asText()).isEqualTo("Invalid input");
        assertThat(english.toString()).contains("Please fill in this field.");
    }

    @Test
    void theOpenApiDocumentAndSwaggerUiArePublic() throws Exception {
        HttpResponse<String> document = api.get("/v3/api-docs");
        assertThat(document.statusCode()).isEqualTo(200);
        JsonNode paths = json.readTree(document.body()).get("paths");
        assertThat(paths.has("/api/v1/events")).isTrue();
        assertThat(paths.has("/api/v1/events/{eventId}/registrations")).isTrue();
        assertThat(paths.has("/api/v1/registrations/{token}")).isTrue();
        assertThat(api.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/events").headers().allValues("Set-Cookie"))
                .as("stateless")
                .isEmpty();
    }

    private HttpResponse<String> post(long event, String body) {
        return api.send("POST", "/api/v1/events/" + event + "/registrations", JSON, body);
    }

    private JsonNode problem(HttpResponse<String> answer, int status) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("springframework");
        return problem;
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new java.util.ArrayList<>();
        problem.get("errors").forEach(error -> {
            assertThat(error.get("message").asText()).isNotBlank();
            fields.add(error.get("field").asText());
        });
        return fields;
    }

    private JsonNode body(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    private static String request(String email, long part) {
        return "{\"name\":\"Jana Krüger\",\"email\":\"" + email + "\",\"organisation\":\"Gemeinde Barleben\","
                + "\"role\":\"OTHER\",\"parts\":[" + part
                + "],\"needs\":null,\"accessibility\":null,\"accessibilityToVenue\":false,\"privacyConsent\":true}";
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from registration", Long.class);
    }
}
