package de.klimaflow.registration.process;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.klimaflow.events.ParticipantRole;
import de.klimaflow.registration.NewRegistration;
import de.klimaflow.registration.PartBooking;
import de.klimaflow.registration.RegistrationFixtures;
import de.klimaflow.registration.RegistrationStatus;
import de.klimaflow.registration.RegistrationView;
import de.klimaflow.support.ProcessTestBase;
import de.klimaflow.support.TestUsers;
import de.klimaflow.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change of parts goes through the decision table like a new registration, through the personal page and the API;
 * and registering again with a known address answers as for a new one, while the owner learns the rest by mail.
 */
class RegistrationChangesTest extends ProcessTestBase {

    private static final String JSON = "application/json";

    @LocalServerPort
    int port;

    @Autowired
    RegistrationFlow review;

    @Autowired
    ObjectMapper json;

    @BeforeEach
    void signIn() {
        TestUsers.signIn(authentication, TestUsers.REGISTRATION_DESK);
    }

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void anElectedOfficialAddingTheWorkshopThroughTheOwnPageGoesToTheDesksReviewAndKeepsTheEvening() throws Exception {
        long event = fixtures.publishedForum(10, 5);
        List<Long> parts = fixtures.parts(event);
        Seated official = seatedForTheEvening(event, "rat@example.org", ParticipantRole.ELECTED_OFFICIAL);

        WebSession page = new WebSession(port);
        String csrf =
                WebSession.fieldValue(page.get("/anmeldung/" + official.token()).body(), "_csrf");
        HttpResponse<String> changed = page.post(
                "/anmeldung/" + official.token() + "/programmteile",
                "parts=" + parts.get(0) + "&parts=" + parts.get(1) + "&_csrf="
                        + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        assertThat(changed.statusCode()).isEqualTo(302);

        RegistrationView after = registrations.find(official.id()).orElseThrow();
        assertThat(after.status()).as("the evening's seat stands").isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(after.parts())
                .extracting(RegistrationView.Part::status)
                .containsExactlyInAnyOrder(PartBooking.Status.SEAT, PartBooking.Status.REQUESTED);
        assertThat(fixtures.decision(official.id())).isEqualTo(RegistrationProcess.REVIEW);
        assertThat(events.overviewOf(event).orElseThrow().parts().get(1).taken())
                .as("no seat without the desk")
                .isZero();

        // the desk turns the workshop down: the evening stays, and the person is told about the workshop only
        review.decide(
                process.task(registration(official.id()), RegistrationProcess.TASK_REVIEW)
                        .getId(),
                official.id(),
                RegistrationFlow.Decision.REJECT,
                "Nur für Verwaltung");
        RegistrationView decided = registrations.find(official.id()).orElseThrow();
        assertThat(decided.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(decided.parts()).extracting(RegistrationView.Part::partId).containsExactly(parts.get(0));
        String mail = fixtures.sendMail(smtp, official.id(), RegistrationProcess.TASK_SEND_PARTS_DECLINED);
        assertThat(mail)
                .contains("Workshop")
                .contains("Für die übrigen Programmteile bleibt Ihre Anmeldung bestehen")
                .contains("Nur für Verwaltung");
        process.assertThatInstance(registration(official.id())).isWaitingFor(RegistrationProcess.MESSAGE_PARTS_ADDED);
    }

    @Test
    void anElectedOfficialAddingTheWorkshopThroughTheApiGoesToReviewAndTheRightAudienceGetsASeat() throws Exception {
        long event = fixtures.publishedForum(10, 5);
        List<Long> parts = fixtures.parts(event);
        Seated official = seatedForTheEvening(event, "rat-api@example.org", ParticipantRole.ELECTED_OFFICIAL);
        Seated clerk = seatedForTheEvening(event, "amt-api@example.org", ParticipantRole.ADMINISTRATION);
        assertThat(clerk.id()).isPositive();
        WebSession api = new WebSession(port);
        String both = "{\"parts\":[" + parts.get(0) + "," + parts.get(1) + "]}";

        JsonNode officialAfter =
                json.readTree(api.send("PATCH", "/api/v1/registrations/" + official.token(), JSON, both)
                        .body());
        assertThat(statusOf(officialAfter, parts.get(1))).isEqualTo("REQUESTED");
        process.assertThatInstance(registration(official.id()))
                .as("the desk reviews the added part")
                .isWaitingAt(RegistrationProcess.TASK_REVIEW);

        // the evening's audience does not include administration, so the clerk was reviewed there; the workshop is
        // theirs
        JsonNode clerkAfter = json.readTree(api.send("PATCH", "/api/v1/registrations/" + clerk.token(), JSON, both)
                .body());
        assertThat(statusOf(clerkAfter, parts.get(1))).isEqualTo("SEAT");
        assertThat(events.overviewOf(event).orElseThrow().parts().get(1).taken())
                .isEqualTo(1);
    }

    @Test
    void anAddedPartApprovedByTheDeskWithoutASeatLeftIsMailedAsAWaitlistPlace() throws Exception {
        long event = fixtures.publishedForum(10, 1);
        List<Long> parts = fixtures.parts(event);
        Seated official = seatedForTheEvening(event, "rat-voll@example.org", ParticipantRole.ELECTED_OFFICIAL);
        WebSession api = new WebSession(port);
        api.send(
                "PATCH",
                "/api/v1/registrations/" + official.token(),
                JSON,
                "{\"parts\":[" + parts.get(0) + "," + parts.get(1) + "]}");
        // meanwhile the workshop's one seat goes to someone else
        long clerk = intake.registerByStaff(
                event,
                Set.of(parts.get(1)),
                new NewRegistration(
                        "Amt", "amt-voll@example.org", null, ParticipantRole.ADMINISTRATION, null, Locale.GERMAN));
        assertThat(registrations.find(clerk).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);

        review.decide(
                process.task(registration(official.id()), RegistrationProcess.TASK_REVIEW)
                        .getId(),
                official.id(),
                RegistrationFlow.Decision.APPROVE,
                "");
        assertThat(registrations.find(official.id()).orElseThrow().parts())
                .extracting(RegistrationView.Part::status)
                .containsExactlyInAnyOrder(PartBooking.Status.SEAT, PartBooking.Status.WAITING);
        assertThat(fixtures.sendMail(smtp, official.id(), RegistrationProcess.TASK_SEND_WAITLISTED))
                .contains("Warteliste");
    }

    @Test
    void registeringAgainWithAKnownAddressAnswersAsForANewOneAndMailsTheOwner() throws Exception {
        long event = fixtures.publishedForum(10, 5);
        long part = fixtures.parts(event).get(0);
        WebSession api = new WebSession(port);
        HttpResponse<String> first = api.send(
                "POST", "/api/v1/events/" + event + "/registrations", JSON, request("bekannt@example.org", part));
        HttpResponse<String> unknown =
                api.send("POST", "/api/v1/events/" + event + "/registrations", JSON, request("neu@example.org", part));
        long rows = jdbc.queryForObject("select count(*) from registration", Long.class);
        HttpResponse<String> again = api.send(
                "POST", "/api/v1/events/" + event + "/registrations", JSON, request("Bekannt@example.org", part));

        assertThat(again.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(201);
        assertThat(fieldNames(json.readTree(again.body()))).isEqualTo(fieldNames(json.readTree(unknown.body())));
        assertThat(json.readTree(again.body()).get("status").asText())
                .isEqualTo(json.readTree(unknown.body()).get("status").asText());
        assertThat(again.headers().firstValue("Location")).isPresent();
        assertThat(jdbc.queryForObject("select count(*) from registration", Long.class))
                .as("nothing new stored")
                .isEqualTo(rows);
        // neither token opens anything before the address is confirmed
        for (HttpResponse<String> answer : List.of(first, unknown, again)) {
            String token = json.readTree(answer.body()).get("token").asText();
            assertThat(api.get("/api/v1/registrations/" + token).statusCode()).isEqualTo(404);
        }

        long known = jdbc.queryForObject("select id from registration where email = 'bekannt@example.org'", Long.class);
        String mail = fixtures.sendMail(smtp, known, RegistrationProcess.TASK_SEND_REGISTERED_AGAIN);
        assertThat(mail).contains("bereits eine Anmeldung vor").contains("/anmeldung/bestaetigen/");
        String optIn = RegistrationFixtures.token(mail, "/anmeldung/bestaetigen/");
        assertThat(intake.confirm(optIn))
                .as("the link in that mail confirms")
                .isEqualTo(de.klimaflow.registration.Confirmation.CONFIRMED);
    }

    private record Seated(long id, String token) {}

    private Seated seatedForTheEvening(long event, String email, ParticipantRole role) throws Exception {
        long evening = fixtures.parts(event).get(0);
        long id = intake.register(
                event,
                Set.of(evening),
                new NewRegistration("Person " + email, email, "Gemeinde Testdorf", role, null, Locale.GERMAN));
        String optIn = RegistrationFixtures.token(
                fixtures.sendMail(smtp, id, RegistrationProcess.TASK_SEND_OPT_IN), "/anmeldung/bestaetigen/");
        assertThat(intake.confirm(optIn)).isEqualTo(de.klimaflow.registration.Confirmation.CONFIRMED);
        if (RegistrationProcess.REVIEW.equals(fixtures.decision(id))) {
            review.decide(
                    process.task(registration(id), RegistrationProcess.TASK_REVIEW)
                            .getId(),
                    id,
                    RegistrationFlow.Decision.APPROVE,
                    "");
        }
        String token = RegistrationFixtures.token(
                fixtures.sendMail(smtp, id, RegistrationProcess.TASK_SEND_CONFIRMATION), "/anmeldung/");
        return new Seated(id, token);
    }

    private ProcessInstance registration(long registrationId) {
        return process.instance(RegistrationProcess.PROCESS_KEY, registrationId);
    }

    private static String statusOf(JsonNode registration, long partId) {
        for (JsonNode part : registration.get("parts")) {
            if (part.get("partId").asLong() == partId) {
                return part.get("status").asText();
            }
        }
        throw new AssertionError("no part " + partId + " in " + registration);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String request(String email, long part) {
        return "{\"name\":\"Jana Krüger\",\"email\":\"" + email
                + "\",\"organisation\":null,\"role\":\"OTHER\",\"needs\":null," + "\"parts\":[" + part
                + "],\"privacyConsent\":true}";
    }
}
