package de.klimaflow.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import de.klimaflow.events.EventService;
import de.klimaflow.events.ParticipantRole;
import de.klimaflow.registration.NewRegistration;
import de.klimaflow.registration.RegistrationFixtures;
import de.klimaflow.registration.RegistrationService;
import de.klimaflow.registration.RegistrationStatus;
import de.klimaflow.registration.process.RegistrationProcess;
import de.klimaflow.support.Chromium;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestClock;
import de.klimaflow.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person registers in the real Chromium, confirms through the link read from GreenMail, sees the
 * registration and adds a part; the registration desk sees them approved; their cancellation gives the
 * seat to the person waiting.
 */
@KlimaflowTest
class RegistrationBrowserTest {

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(true);

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
    IdentityService identity;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Test
    void registerConfirmChangeAndCancelFreesTheSeatForThePersonWaiting() throws Exception {
        TestUsers.ensure(identity);
        long event = fixtures.publishedForum(1, 5);
        List<Long> parts = fixtures.parts(event);
        try (BrowserContext context = chromium.germanContext();
                BrowserContext staff = chromium.germanContext()) {
            Page page = context.newPage();
            page.navigate(base() + "/veranstaltungen/" + event);
            page.getByText("Jetzt anmelden").click();
            page.locator("#name").fill("Jana Krüger");
            page.locator("#email").fill("jana.e2e@example.org");
            page.locator("#organisation").fill("Gemeinde Barleben");
            page.locator("input[name=role][value=ELECTED_OFFICIAL]").check();
            page.locator("#part-" + parts.get(0)).check();
            page.locator("#privacyConsent").check();
            clock.advance(Duration.ofSeconds(5));
            page.getByText("Anmeldung absenden").click();
            page.getByText("Bitte bestätigen Sie Ihre E-Mail-Adresse").first().waitFor();

            long jana =
                    jdbc.queryForObject("select id from registration where email = 'jana.e2e@example.org'", Long.class);
            String optIn = RegistrationFixtures.token(
                    fixtures.sendMail(smtp, jana, RegistrationProcess.TASK_SEND_OPT_IN), "/anmeldung/bestaetigen/");
            page.navigate(base() + "/anmeldung/bestaetigen/" + optIn);
            page.getByText("Anmeldung jetzt bestätigen").click();
            page.getByText("ist bestätigt").waitFor();
            assertThat(registrations.find(jana).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);

            long waiting = intake.register(
                    event,
                    Set.of(parts.get(0)),
                    new NewRegistration(
                            "Willi Wartend",
                            "willi.e2e@example.org",
                            null,
                            ParticipantRole.OTHER,
                            null,
                            Locale.GERMAN));
            intake.confirm(RegistrationFixtures.token(
                    fixtures.sendMail(smtp, waiting, RegistrationProcess.TASK_SEND_OPT_IN), "/anmeldung/bestaetigen/"));
            assertThat(registrations.find(waiting).orElseThrow().status()).isEqualTo(RegistrationStatus.WAITLISTED);

            String own = RegistrationFixtures.token(
                    fixtures.sendMail(smtp, jana, RegistrationProcess.TASK_SEND_CONFIRMATION), "/anmeldung/");
            page.navigate(base() + "/anmeldung/" + own);
            assertThat(page.locator("#part-" + parts.get(0) + "-standing").textContent())
                    .contains("Platz sicher");
            page.locator("#part-" + parts.get(1)).check();
            page.getByText("Änderung speichern").click();
            page.getByText("Ihre Änderung ist gespeichert.").waitFor();
            // the workshop day is for administration staff: for an elected official the desk decides, as on a new
            // registration
            assertThat(page.locator("#part-" + parts.get(1) + "-standing").textContent())
                    .contains("Entscheidung folgt");

            Page desk = Chromium.signIn(staff, base(), TestUsers.REGISTRATION_DESK);
            desk.navigate(base() + "/events/" + event + "/registrations");
            desk.getByText("Jana Krüger").first().waitFor();
            assertThat(desk.locator("vaadin-grid.registrations-grid").textContent())
                    .contains("bestätigt")
                    .contains("Warteliste");

            // the person gives the workshop day up again: a mail says so
            page.locator("#part-" + parts.get(1)).uncheck();
            page.getByText("Änderung speichern").click();
            page.getByText("Ihre Änderung ist gespeichert.").waitFor();
            assertThat(fixtures.sendMail(smtp, jana, RegistrationProcess.TASK_SEND_CHANGE))
                    .contains("Ihre Anmeldung zu", "hat sich geändert", "Abgemeldet von:", "Workshoptag")
                    .contains("Ihr Platz bleibt für:", "Abendveranstaltung");

            page.getByText("Anmeldung verbindlich stornieren").click();
            page.getByText("Diese Anmeldung ist beendet").waitFor();
            // ... and the cancellation is confirmed, taking the evening out of her calendar
            assertThat(fixtures.sendMail(smtp, jana, RegistrationProcess.TASK_SEND_CANCELLATION))
                    .contains("ist storniert");
            jakarta.mail.internet.MimeMessage cancelled = java.util.Arrays.stream(smtp.getReceivedMessages())
                    .filter(mail -> {
                        try {
                            return mail.getSubject().startsWith("Abmeldung bestätigt");
                        } catch (jakarta.mail.MessagingException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .findFirst()
                    .orElseThrow();
            de.klimaflow.support.IcsFiles.Ics calendar = de.klimaflow.support.IcsFiles.of(cancelled, "absage.ics");
            assertThat(calendar.method()).isEqualTo("CANCEL");
            assertThat(calendar.uids()).containsExactly("event-" + event + "-part-" + parts.get(0) + "@klimaflow");
        }
        assertThat(registrations.find(waiting(event)).orElseThrow().status())
                .as("the seat went to the person waiting")
                .isEqualTo(RegistrationStatus.CONFIRMED);
        // the promotion came while Willi's process was still sending the waitlist mail: it is mailed all the same
        assertThat(fixtures.sendMail(smtp, waiting(event), RegistrationProcess.TASK_SEND_WAITLISTED))
                .contains("Warteliste");
        assertThat(fixtures.sendMail(smtp, waiting(event), RegistrationProcess.TASK_SEND_PROMOTION))
                .contains("Platz frei");
    }

    /** Two workshops side by side; the first has one seat, which someone else takes. */
    @Test
    void aFirstAndASecondChoiceInTheBrowserAndTheSessionGivenOnThePersonsPage() throws Exception {
        long event = fixtures.publish(fixtures.parallelWorkshops(1, 10));
        List<Long> sessions = fixtures.parts(event);
        intake.registerConfirmed(
                event,
                Set.of(sessions.get(0)),
                "Erste Person",
                "erste.e2e@example.org",
                null,
                ParticipantRole.OTHER,
                Locale.GERMAN);
        try (BrowserContext context = chromium.germanContext()) {
            Page page = context.newPage();
            page.navigate(base() + "/veranstaltungen/" + event + "/anmelden");
            page.locator("#name").fill("Wiebke Wahl");
            page.locator("#email").fill("wiebke.e2e@example.org");
            page.locator("input[name=role][value=OTHER]").check();
            page.getByLabel("Workshop Wärmenetze, Raum: Saal 1").check();
            page.getByLabel("Zweitwahl, falls Ihre Wahl ausgebucht ist").selectOption(Long.toString(sessions.get(1)));
            page.locator("#privacyConsent").check();
            clock.advance(Duration.ofSeconds(5));
            page.getByText("Anmeldung absenden").click();
            page.getByText("Bitte bestätigen Sie Ihre E-Mail-Adresse").first().waitFor();

            long wiebke = jdbc.queryForObject(
                    "select id from registration where email = 'wiebke.e2e@example.org'", Long.class);
            page.navigate(base() + "/anmeldung/bestaetigen/"
                    + RegistrationFixtures.token(
                            fixtures.sendMail(smtp, wiebke, RegistrationProcess.TASK_SEND_OPT_IN),
                            "/anmeldung/bestaetigen/"));
            page.getByText("Anmeldung jetzt bestätigen").click();
            page.getByText("ist bestätigt").waitFor();
            page.navigate(base() + "/anmeldung/"
                    + RegistrationFixtures.token(
                            fixtures.sendMail(smtp, wiebke, RegistrationProcess.TASK_SEND_CONFIRMATION),
                            "/anmeldung/"));
            assertThat(page.locator("label[for=part-" + sessions.get(1) + "]").textContent())
                    .contains("Workshop Förderung", "Raum: Saal 2");
            assertThat(page.locator("#part-" + sessions.get(1) + "-standing").textContent())
                    .contains("Platz sicher", "Ihre Zweitwahl: „Workshop Wärmenetze“ war ausgebucht.");
        }
    }

    private long waiting(long event) {
        return jdbc.queryForObject(
                "select id from registration where event_id = ? and email = 'willi.e2e@example.org'",
                Long.class,
                event);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
