package de.klimaflow.e2e;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import de.klimaflow.events.EventService;
import de.klimaflow.events.ParticipantRole;
import de.klimaflow.registration.NewRegistration;
import de.klimaflow.registration.RegistrationFixtures;
import de.klimaflow.support.Chromium;
import de.klimaflow.support.KlimaflowTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages anyone can open, checked in the real Chromium with axe-core (com.deque.html.axe-core:playwright)
 * against the WCAG 2.0 and 2.1 rules of levels A and AA (BITV 2.0 asks public bodies for these): the login,
 * the calendar, an event page, the 404 page, the registration form with its errors shown, and the confirm
 * and self-service pages behind the personal links.
 */
@KlimaflowTest
class PublicPagesAccessibilityTest {

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(true);

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @LocalServerPort
    int port;

    @Autowired
    de.klimaflow.registration.RegistrationIntake intake;

    @Autowired
    RegistrationFixtures fixtures;

    @Autowired
    EventService events;

    @Autowired
    de.klimaflow.events.Programme programme;

    @Autowired
    de.klimaflow.network.NetworkDirectory directory;

    @Autowired
    de.klimaflow.network.Contributions contributions;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/login",
                "/start",
                "/gibt-es-nicht",
                "/barrierefreiheit",
                "/barrierefreiheit/melden",
                "/leichte-sprache",
                "/veranstaltungen",
                "event",
                "/veranstaltungen/0",
                "form-with-errors",
                "sessions",
                "sessions-form-with-errors",
                "confirm",
                "self-service",
                "/beratung",
                "contact-with-errors",
                "/netzwerk",
                "/netzwerk/beitreten",
                "contribution-form-with-errors"
            })
    void noSeriousOrCriticalWcagViolations(String path) {
        try (BrowserContext context = chromium.germanContextForAudits()) {
            Page page = context.newPage();
            page.navigate(base() + url(path));
            if (path.endsWith("-with-errors")) {
                page.locator("button.primary").click();
                page.locator(".error-summary").waitFor();
            }
            page.locator("h1, vaadin-login-form").first().waitFor();
            AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
            List<String> severe = results.getViolations().stream()
                    .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                    .map(PublicPagesAccessibilityTest::describe)
                    .toList();
            assertThat(severe)
                    .as("serious or critical WCAG 2.1 AA violations on " + path)
                    .isEmpty();
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("de");

            // the check itself works: a planted image without alternative text is reported
            page.evaluate(
                    "() => document.body.appendChild(Object.assign(document.createElement('img'), {src: 'x.png'}))");
            assertThat(new AxeBuilder(page)
                            .withRules(List.of("image-alt"))
                            .analyze()
                            .getViolations())
                    .hasSize(1);
        }
    }

    private String url(String path) {
        if (path.equals("contact-with-errors")) {
            return "/beratung";
        }
        if (path.startsWith("contribution")) {
            // a member's proposal form behind the personal link of the call for contributions
            String email = "beitrag-" + System.nanoTime() + "@kommune.example";
            directory.enter(
                    "Mara Beitrag",
                    email,
                    null,
                    "Stadt Genthin",
                    java.time.LocalDate.of(2024, 1, 1),
                    null,
                    false,
                    null);
            long meeting = events.create(de.klimaflow.events.EventDraftsForTests.networkMeeting());
            contributions.call(meeting);
            long id = jdbc.queryForObject(
                    "select id from contribution where event_id = ? and email = ?", Long.class, meeting, email);
            return de.klimaflow.platform.Links.networkContribution(
                    contributions.issueLink(id).orElseThrow());
        }
        if (path.startsWith("sessions")) {
            // an event with parallel sessions: the timetable side by side, the form with first and second choices
            long sessions = fixtures.publish(fixtures.parallelWorkshops(1, 20));
            // with a timetable per session, speakers named
            for (de.klimaflow.events.EventPart session :
                    events.find(sessions).orElseThrow().getParts()) {
                programme.save(
                        sessions,
                        null,
                        new de.klimaflow.events.AgendaDraft(
                                session.getId(),
                                session.getStartsAt(),
                                session.getStartsAt().plusSeconds(45 * 60),
                                "Einführung: " + session.getTitle(),
                                List.of(new de.klimaflow.events.AgendaDraft.SpeakerDraft(
                                        "Dr. Anna Weber", "Landesenergieagentur", "weber@referierende.example"))));
            }
            return path.equals("sessions")
                    ? "/veranstaltungen/" + sessions
                    : "/veranstaltungen/" + sessions + "/anmelden";
        }
        if (!path.startsWith("/")) {
            long event = fixtures.publishedForum(50, 20);
            switch (path) {
                case "event":
                    events.describeInEasyLanguage(
                            event, "Das Forum ist für Menschen aus der Gemeinde.\nWir sprechen über Wärme.");
                    return "/veranstaltungen/" + event;
                case "form-with-errors":
                    return "/veranstaltungen/" + event + "/anmelden";
                default:
                    long id = intake.register(
                            event,
                            Set.of(fixtures.parts(event).get(0)),
                            new NewRegistration(
                                    "Barbara Frei",
                                    "frei" + System.nanoTime() + "@example.org",
                                    null,
                                    ParticipantRole.OTHER,
                                    null,
                                    Locale.GERMAN));
                    return path.equals("confirm")
                            ? "/anmeldung/bestaetigen/" + intake.optInLink(id).token()
                            : "/anmeldung/" + intake.selfServiceToken(id);
            }
        }
        return path;
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .toList();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
