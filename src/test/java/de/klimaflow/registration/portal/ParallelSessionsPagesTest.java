package de.klimaflow.registration.portal;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import de.klimaflow.events.ParticipantRole;
import de.klimaflow.platform.Links;
import de.klimaflow.registration.Confirmation;
import de.klimaflow.registration.RegistrationFixtures;
import de.klimaflow.registration.RegistrationIntake;
import de.klimaflow.registration.process.RegistrationProcess;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.PublicForms;
import de.klimaflow.support.TestClock;
import de.klimaflow.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parallel sessions as the public meets them: the event page shows them side by side with rooms and seats, the form
 * asks for a first and a second choice per slot, and the person's own page and mails name the session they got.
 */
@KlimaflowTest
class ParallelSessionsPagesTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(true);

    @LocalServerPort
    int port;

    @Autowired
    RegistrationFixtures fixtures;

    @Autowired
    RegistrationIntake intake;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPersonChoosesFirstAndSecondAndGetsTheSecondWhenTheFirstIsFull() throws Exception {
        long event = fixtures.publish(fixtures.parallelWorkshops(1, 10));
        List<Long> sessions = fixtures.parts(event);
        long first = sessions.get(0);
        long second = sessions.get(1);
        WebSession visitor = new WebSession(port);
        assertThat(visitor.get(Links.eventPage(event)).body())
                .contains("<h3 id=\"part-0\">Workshops</h3>", "2 Sitzungen zur selben Zeit")
                .contains("<h4 id=\"part-0-0\">Workshop Wärmenetze</h4>", "Raum: Saal 1")
                .contains("<h4 id=\"part-0-1\">Workshop Förderung</h4>", "Raum: Saal 2");
        String form = visitor.get(Links.registrationForm(event)).body();
        assertThat(form)
                .contains("name=\"firstChoices[0]\"", "value=\"" + first + "\"", "value=\"" + second + "\"")
                .contains("<select id=\"second-0\" name=\"secondChoices[0]\">");

        // the only seat of the first choice goes to someone else
        intake.registerConfirmed(
                event,
                Set.of(first),
                "Erste Person",
                "erste-" + event + "@example.org",
                null,
                ParticipantRole.OTHER,
                Locale.GERMAN);

        Map<String, String> both = person("beide-" + event + "@example.org");
        both.put("firstChoices[0]", Long.toString(first));
        both.put("parts", Long.toString(second));
        HttpResponse<String> refused = PublicForms.submit(visitor, clock, Links.registrationForm(event), both);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Bitte wählen Sie je Zeitfenster nur eine Sitzung.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from registration where email = ?", Integer.class, both.get("email")))
                .as("nothing stored")
                .isZero();

        Map<String, String> choices = person("wahl-" + event + "@example.org");
        choices.put("firstChoices[0]", Long.toString(first));
        choices.put("secondChoices[0]", Long.toString(second));
        HttpResponse<String> sent = PublicForms.submit(visitor, clock, Links.registrationForm(event), choices);
        assertThat(sent.statusCode()).isEqualTo(302);
        long id = jdbc.queryForObject("select id from registration where email = ?", Long.class, choices.get("email"));
        assertThat(jdbc.queryForObject(
                        "select event_part_id || ' then ' || second_choice_part_id from registration_part"
                                + " where registration_id = ?",
                        String.class,
                        id))
                .isEqualTo(first + " then " + second);
        fixtures.sendMail(smtp, id, RegistrationProcess.TASK_SEND_OPT_IN);
        assertThat(intake.confirm(intake.optInLink(id).token())).isEqualTo(Confirmation.CONFIRMED);
        assertThat(jdbc.queryForObject(
                        "select status || ' in ' || event_part_id || ' instead of ' || first_choice_part_id"
                                + " from registration_part where registration_id = ?",
                        String.class,
                        id))
                .isEqualTo("SEAT in " + second + " instead of " + first);
        String confirmation = fixtures.sendMail(smtp, id, RegistrationProcess.TASK_SEND_CONFIRMATION);
        assertThat(confirmation).contains("Workshop Förderung · Saal 2").doesNotContain("Workshop Wärmenetze");

        String own = visitor.get(Links.registrationSelfService(intake.selfServiceToken(id)))
                .body();
        assertThat(own)
                .contains("Workshop Förderung", "Raum: Saal 2")
                .contains("Ihre Zweitwahl: „Workshop Wärmenetze“ war ausgebucht.");
    }

    @Test
    void theApiTakesSecondChoicesAndRefusesOnesFromAnotherSlot() {
        long event = fixtures.publish(fixtures.parallelWorkshops(5, 5));
        List<Long> sessions = fixtures.parts(event);
        long elsewhere = fixtures.parts(fixtures.publishedForum(5, 5)).get(0);
        WebSession api = new WebSession(port);
        String path = Links.API + "/events/" + event + "/registrations";
        HttpResponse<String> taken =
                api.send("POST", path, "application/json", request("api-" + event, sessions.get(0), sessions.get(1)));
        assertThat(taken.statusCode()).isEqualTo(201);
        assertThat(jdbc.queryForObject(
                        "select second_choice_part_id from registration_part p join registration r on r.id = p.registration_id"
                                + " where r.email = ?",
                        Long.class,
                        "api-" + event + "@example.org"))
                .isEqualTo(sessions.get(1));
        HttpResponse<String> refused =
                api.send("POST", path, "application/json", request("other-" + event, sessions.get(0), elsewhere));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains(
                        "\"field\":\"secondChoices\"", "Die Zweitwahl ist eine andere Sitzung desselben Zeitfensters");
    }

    private static String request(String local, long first, long second) {
        return "{\"name\":\"Wiebke Wahl\",\"email\":\"" + local + "@example.org\",\"organisation\":null,"
                + "\"role\":\"OTHER\",\"parts\":[" + first + "],\"needs\":null,\"accessibility\":null,"
                + "\"accessibilityToVenue\":false,\"privacyConsent\":true,"
                + "\"secondChoices\":[{\"firstChoice\":" + first + ",\"secondChoice\":" + second + "}]}";
    }

    private static Map<String, String> person(String email) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", "Wiebke Wahl");
        form.put("email", email);
        form.put("organisation", "Gemeinde Barleben");
        form.put("role", "OTHER");
        form.put("privacyConsent", "true");
        form.put("website", "");
        return form;
    }
}
