package de.klimaflow.registration.portal;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import de.klimaflow.events.EventDraft;
import de.klimaflow.events.EventService;
import de.klimaflow.registration.PartBooking;
import de.klimaflow.registration.RegistrationFixtures;
import de.klimaflow.registration.RegistrationService;
import de.klimaflow.registration.RegistrationStatus;
import de.klimaflow.registration.RegistrationView;
import de.klimaflow.registration.process.RegistrationMailingProcess;
import de.klimaflow.registration.process.RegistrationProcess;
import de.klimaflow.security.PublicSubmissionLimit;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestClock;
import de.klimaflow.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public registration pages over real HTTP: the form with its CSRF token, bot guards and field errors,
 * the confirm page (GET shows, only POST confirms), and the person's own page (change parts, cancel).
 */
@KlimaflowTest
class RegistrationPagesTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(true);

    @LocalServerPort
    int port;

    @Autowired
    de.klimaflow.registration.RegistrationIntake intake;

    @Autowired
    de.klimaflow.registration.Invitations invitations;

    @Autowired
    RegistrationFixtures fixtures;

    @Autowired
    EventService events;

    @Autowired
    RegistrationService registrations;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    PublicSubmissionLimit limit;

    @Autowired
    de.klimaflow.registration.Mailings mailings;

    @Autowired
    org.camunda.bpm.engine.IdentityService identityService;

    @Autowired
    de.klimaflow.security.CamundaIdentityAuthenticationProvider authentication;

    @BeforeEach
    void fixtures() {}

    @Test
    void aPersonRegistersConfirmsThroughTheButtonAndChangesAndCancelsOnTheirOwnPage() throws Exception {
        long event = fixtures.publishedForum(10, 5);
        List<Long> parts = fixtures.parts(event);
        WebSession visitor = new WebSession(port);
        HttpResponse<String> eventPage = visitor.get("/veranstaltungen/" + event);
        assertThat(eventPage.body())
                .contains("href=\"/veranstaltungen/" + event + "/anmelden\"")
                .contains("Jetzt anmelden");

        HttpResponse<String> sent = submit(visitor, event, valid("jana.krueger@example.org", parts.get(0)));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location"))
                .hasValue("/veranstaltungen/" + event + "/anmelden/eingegangen");
        assertThat(visitor.get("/veranstaltungen/" + event + "/anmelden/eingegangen")
                        .body())
                .contains("48 Stunden");
        long id = registrationOf(event, "jana.krueger@example.org");

        String optIn = RegistrationFixtures.token(
                fixtures.sendMail(smtp, id, RegistrationProcess.TASK_SEND_OPT_IN), "/anmeldung/bestaetigen/");
        WebSession fromMail = new WebSession(port);
        HttpResponse<String> confirmPage = fromMail.get("/anmeldung/bestaetigen/" + optIn);
        assertThat(confirmPage.statusCode()).isEqualTo(200);
        assertThat(confirmPage.body()).contains("Anmeldung jetzt bestätigen");
        fromMail.get("/anmeldung/bestaetigen/" + optIn);
        assertThat(registrations.find(id).orElseThrow().status())
                .as("opening the link changes nothing")
                .isEqualTo(RegistrationStatus.PENDING_CONFIRMATION);
        HttpResponse<String> confirmed = fromMail.post(
                "/anmeldung/bestaetigen/" + optIn, "_csrf=" + enc(WebSession.fieldValue(confirmPage.body(), "_csrf")));
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(registrations.find(id).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(fromMail.get("/anmeldung/bestaetigen/" + optIn).body()).contains("ist bestätigt");

        String own = RegistrationFixtures.token(
                fixtures.sendMail(smtp, id, RegistrationProcess.TASK_SEND_CONFIRMATION), "/anmeldung/");
        HttpResponse<String> page = fromMail.get("/anmeldung/" + own);
        assertThat(page.body()).contains("Platz sicher").contains("jana.krueger@example.org");
        HttpResponse<String> changed = fromMail.post(
                "/anmeldung/" + own + "/programmteile",
                "parts=" + parts.get(1) + "&_csrf=" + enc(WebSession.fieldValue(page.body(), "_csrf")));
        assertThat(changed.statusCode()).isEqualTo(302);
        RegistrationView afterChange = registrations.find(id).orElseThrow();
        assertThat(afterChange.parts())
                .extracting(RegistrationView.Part::partId)
                .containsExactly(parts.get(1));
        assertThat(afterChange.parts())
                .extracting(RegistrationView.Part::status)
                .as("an elected official's workshop day goes to the desk, as a new registration would")
                .containsExactly(PartBooking.Status.REQUESTED);
        assertThat(fixtures.decision(id)).isEqualTo(RegistrationProcess.REVIEW);
        assertThat(events.overviewOf(event).orElseThrow().parts().get(0).taken())
                .as("the evening seat is free again")
                .isZero();

        HttpResponse<String> cancelled = fromMail.post(
                "/anmeldung/" + own + "/stornieren",
                "_csrf="
                        + enc(WebSession.fieldValue(
                                fromMail.get("/anmeldung/" + own).body(), "_csrf")));
        assertThat(cancelled.statusCode()).isEqualTo(302);
        assertThat(registrations.find(id).orElseThrow().status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(fromMail.get("/anmeldung/" + own).body()).contains("beendet");
        assertThat(registrations.history(id))
                .extracting(entry -> entry.kind().name())
                .containsSubsequence("RECEIVED", "ADDRESS_CONFIRMED", "SEATED", "PARTS_CHANGED", "CANCELLED");
    }

    @Test
    void aFullPartSaysFullyBookedAndHowTheWaitingListWorksNotZeroSeatsLeft() throws Exception {
        long event = fixtures.publishedForum(1, 5);
        intake.registerConfirmed(
                event,
                java.util.Set.of(fixtures.parts(event).get(0)),
                "Voll Besetzt",
                "voll" + System.nanoTime() + "@example.org",
                null,
                de.klimaflow.events.ParticipantRole.ELECTED_OFFICIAL,
                java.util.Locale.GERMAN);
        String page = new WebSession(port).get("/veranstaltungen/" + event).body();
        assertThat(page)
                .contains("Ausgebucht – Warteliste.", "rücken automatisch nach", "Noch 5 von 5 Plätzen frei")
                .doesNotContain("Noch 0 von");
    }

    @Test
    void anOnlineMeetingsLinkIsOnTheOwnPageOfSomeoneWithASeatAndNotOnThePublicPage() throws Exception {
        String link = "https://meet.example.org/forum-" + System.nanoTime();
        long event = fixtures.publish(de.klimaflow.events.EventDraftsForTests.online(
                fixtures.draft(5, 5), de.klimaflow.events.EventFormat.HYBRID, link));
        long id = intake.registerConfirmed(
                event,
                java.util.Set.of(fixtures.parts(event).get(0)),
                "Otto Online",
                "otto" + System.nanoTime() + "@example.org",
                null,
                de.klimaflow.events.ParticipantRole.ELECTED_OFFICIAL,
                java.util.Locale.GERMAN);
        WebSession visitor = new WebSession(port);
        assertThat(visitor.get("/anmeldung/" + intake.durableSelfServiceToken(id))
                        .body())
                .contains("Videokonferenz", "href=\"" + link + "\"");
        assertThat(visitor.get("/veranstaltungen/" + event).body()).doesNotContain(link);
    }

    @Test
    void everyBadInputComesBackToTheFormWithItsMessageAndStoresNothing() {
        long event = fixtures.publishedForum(10, 5);
        long part = fixtures.parts(event).get(0);
        String longText = "x".repeat(10_000);
        Map<String, Map<String, String>> cases = new LinkedHashMap<>();
        cases.put("empty name", with(valid("a1@example.org", part), "name", ""));
        cases.put("long name", with(valid("a2@example.org", part), "name", longText));
        cases.put("script in name", with(valid("a3@example.org", part), "name", "<script>alert(1)</script>"));
        cases.put("sql in name", with(valid("a4@example.org", part), "name", "Robert'); DROP TABLE registration;--"));
        cases.put("empty email", with(valid("", part), "email", ""));
        cases.put("invalid email", with(valid("a5@example.org", part), "email", "nicht-eine-adresse"));
        cases.put("long email", with(valid("a6@example.org", part), "email", longText + "@example.org"));
        cases.put("html in email", with(valid("a7@example.org", part), "email", "<b>x</b>@example.org"));
        cases.put(
                "html in organisation",
                with(valid("a8@example.org", part), "organisation", "<img src=x onerror=alert(1)>"));
        cases.put("sql in organisation", with(valid("a9@example.org", part), "organisation", "x' OR '1'='1"));
        cases.put("long organisation", with(valid("a10@example.org", part), "organisation", longText));
        cases.put("unknown role", with(valid("a11@example.org", part), "role", "ADMIN"));
        cases.put("no role", with(valid("a12@example.org", part), "role", ""));
        cases.put("unknown part", with(valid("a13@example.org", part), "parts", "999999999"));
        cases.put("part not a number", with(valid("a14@example.org", part), "parts", "abc"));
        cases.put("no part", with(valid("a15@example.org", part), "parts", ""));
        cases.put("markup in needs", with(valid("a16@example.org", part), "needs", "<iframe src=//evil>"));
        cases.put("sql in needs", with(valid("a17@example.org", part), "needs", "'; DELETE FROM registration; --"));
        cases.put("long needs", with(valid("a18@example.org", part), "needs", longText));
        cases.put(
                "markup in accessibility",
                with(valid("a21@example.org", part), "accessibility", "<script>alert(1)</script>"));
        cases.put("long accessibility", with(valid("a22@example.org", part), "accessibility", "x".repeat(501)));
        cases.put("no consent", with(valid("a19@example.org", part), "privacyConsent", ""));
        cases.put("honeypot", with(valid("a20@example.org", part), "website", "http://spam.example"));
        long before = count();
        cases.forEach((name, form) -> {
            WebSession visitor = new WebSession(port);
            HttpResponse<String> answer = submit(visitor, event, form);
            assertThat(answer.statusCode()).as(name).isEqualTo(400);
            assertThat(answer.body())
                    .as(name)
                    .contains("Ihre Anmeldung ist noch nicht abgeschickt")
                    .doesNotContain("<script>alert")
                    .doesNotContain("<img src=x")
                    .doesNotContain("<iframe");
        });
        assertThat(count()).as("nothing stored").isEqualTo(before);

        WebSession visitor = new WebSession(port);
        HttpResponse<String> english =
                submit(visitor, event, with(valid("en@example.org", part), "email", "wrong"), "Accept-Language", "en");
        assertThat(english.body())
                .contains("Please enter a valid e-mail address")
                .contains("aria-describedby=\"email-error email-hint\"");
    }

    @Test
    void botsAreStoppedByFillTimeStampAndRateLimitAndDuplicatesAndClosedEventsAreExplained() {
        long event = fixtures.publishedForum(10, 5);
        long part = fixtures.parts(event).get(0);
        WebSession bot = new WebSession(port);
        HttpResponse<String> form = bot.get("/veranstaltungen/" + event + "/anmelden");
        Map<String, String> fields = valid("bot@example.org", part);
        fields.put("_csrf", WebSession.fieldValue(form.body(), "_csrf"));
        fields.put("stamp", WebSession.fieldValue(form.body(), "stamp"));
        HttpResponse<String> tooFast = bot.post("/veranstaltungen/" + event + "/anmelden", encode(fields));
        assertThat(tooFast.statusCode()).isEqualTo(400);
        assertThat(tooFast.body()).contains("schneller abgeschickt");
        fields.put("stamp", "1700000000000.forged");
        assertThat(bot.post("/veranstaltungen/" + event + "/anmelden", encode(fields))
                        .body())
                .contains("abgelaufen");
        assertThat(bot.post("/veranstaltungen/" + event + "/anmelden", "name=x&email=y")
                        .statusCode())
                .as("no CSRF token")
                .isEqualTo(403);

        assertThat(submit(new WebSession(port), event, valid("twice@example.org", part))
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> twice = submit(new WebSession(port), event, valid("TWICE@example.org", part));
        assertThat(twice.statusCode())
                .as("the same answer as for a new address; the owner is told by mail")
                .isEqualTo(302);
        assertThat(twice.headers().firstValue("Location"))
                .hasValue("/veranstaltungen/" + event + "/anmelden/eingegangen");

        HttpResponse<String> limited = submit(new WebSession(port), event, valid("limited@example.org", part), () -> {
            for (String loopback : List.of("127.0.0.1", "0:0:0:0:0:0:0:1")) {
                while (limit.tryAcquire(loopback).isEmpty()) {
                    // drains this client's bucket; bounded by the configured limit
                }
            }
        });
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(limited.body()).contains("sehr viele Anmeldungen");
        clock.advance(Duration.ofMinutes(11));
        assertThat(submit(new WebSession(port), event, valid("limited@example.org", part))
                        .statusCode())
                .as("the bucket refills")
                .isEqualTo(302);

        assertThat(new WebSession(port)
                        .get("/anmeldung/bestaetigen/" + "A".repeat(43))
                        .statusCode())
                .isEqualTo(404);
        assertThat(new WebSession(port).get("/anmeldung/" + "A".repeat(43)).body())
                .contains("nicht mehr gültig");
    }

    @Test
    void aBodyOver64KilobytesIsRefusedBeforeAnythingReadsIt() {
        long event = fixtures.publishedForum(10, 5);
        WebSession visitor = new WebSession(port);
        HttpResponse<String> answer = visitor.post(
                "/veranstaltungen/" + event + "/anmelden", "name=" + "x".repeat(70_000), "Accept", "text/html");
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("zu umfangreich");
    }

    @Test
    void anInvitationLinkOpensTheFormOfAnInvitationOnlyEventForTheInvitedAddressOnly() throws Exception {
        de.klimaflow.support.TestUsers.ensure(identityService);
        de.klimaflow.support.TestUsers.signIn(authentication, de.klimaflow.support.TestUsers.EVENT_TEAM);
        EventDraft d = fixtures.draft(10, 10);
        long event = fixtures.publish(d.byInvitationOnly());
        invitations.invite(event, "Nina Netz <nina@example.org>", java.util.Locale.GERMAN);
        de.klimaflow.support.TestUsers.signOut();
        String mailing = Long.toString(mailings.mailings(event).get(0).id());
        String instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(RegistrationMailingProcess.PROCESS_KEY)
                .processInstanceBusinessKey(mailing)
                .singleResult()
                .getId();
        management
                .createJobQuery()
                .processInstanceId(instance)
                .list()
                .forEach(job -> management.executeJob(job.getId()));
        String token = RegistrationFixtures.token(
                de.klimaflow.support.ReceivedMail.text(java.util.Arrays.stream(smtp.getReceivedMessages())
                        .filter(mail -> {
                            try {
                                return mail.getSubject().startsWith("Persönliche Einladung");
                            } catch (jakarta.mail.MessagingException e) {
                                throw new IllegalStateException(e);
                            }
                        })
                        .findFirst()
                        .orElseThrow()),
                "/anmeldung/einladung/");

        assertThat(new WebSession(port)
                        .get("/veranstaltungen/" + event + "/anmelden")
                        .statusCode())
                .as("no public form for an invitation-only event")
                .isEqualTo(404);
        assertThat(new WebSession(port)
                        .get("/anmeldung/einladung/" + "B".repeat(43))
                        .statusCode())
                .isEqualTo(404);
        WebSession invitee = new WebSession(port);
        String page = invitee.get("/anmeldung/einladung/" + token).body();
        assertThat(WebSession.fieldValue(page, "email")).isEqualTo("nina@example.org");
        assertThat(page).doesNotContain("href=\"/veranstaltungen/" + event + "\"");

        assertThat(page)
                .as("the invited address is fixed")
                .containsPattern("<input(?=[^>]*name=\"email\")(?=[^>]*readonly)[^>]*>");

        // a changed address in the posted form does not count: the invitation registers the invited address
        Map<String, String> fields =
                valid("jemand.anderes@example.org", fixtures.parts(event).get(0));
        fields.put("_csrf", WebSession.fieldValue(page, "_csrf"));
        fields.put("stamp", WebSession.fieldValue(page, "stamp"));
        clock.advance(Duration.ofSeconds(5));
        HttpResponse<String> registered = invitee.post("/anmeldung/einladung/" + token, encode(fields));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "select count(*) from registration where event_id = ? and email = 'jemand.anderes@example.org'",
                        Long.class,
                        event))
                .isZero();
        long nina = registrationOf(event, "nina@example.org");
        assertThat(intake.addressConfirmed(nina))
                .as("the invitation link proved the address: no opt-in")
                .isTrue();
        int before = smtp.getReceivedMessages().length;
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(fixtures.instance(nina))
                .activityId(RegistrationProcess.TASK_SEND_OPT_IN)
                .singleResult()
                .getId());
        assertThat(smtp.getReceivedMessages()).as("no opt-in mail").hasSize(before);
        assertThat(fixtures.sendMail(smtp, nina, RegistrationProcess.TASK_SEND_CONFIRMATION))
                .contains("ist bestätigt");
    }

    // --- helpers

    /** Opens the form (for its CSRF token and stamp), lets a person's fill-in time pass, then posts. */
    private HttpResponse<String> submit(WebSession visitor, long event, Map<String, String> fields, String... headers) {
        return submit(visitor, event, fields, () -> {}, headers);
    }

    private HttpResponse<String> submit(
            WebSession visitor, long event, Map<String, String> fields, Runnable beforePost, String... headers) {
        String page =
                visitor.get("/veranstaltungen/" + event + "/anmelden", headers).body();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", WebSession.fieldValue(page, "_csrf"));
        all.put("stamp", WebSession.fieldValue(page, "stamp"));
        clock.advance(Duration.ofSeconds(5));
        beforePost.run();
        return visitor.post("/veranstaltungen/" + event + "/anmelden", encode(all), headers);
    }

    private static Map<String, String> valid(String email, long part) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", "Jana Krüger");
        form.put("email", email);
        form.put("organisation", "Stadt Halle (Saale)");
        form.put("role", "ELECTED_OFFICIAL");
        form.put("parts", Long.toString(part));
        form.put("needs", "vegetarisch");
        form.put("accessibility", "Rollstuhlplatz");
        form.put("privacyConsent", "true");
        form.put("website", "");
        return form;
    }

    private static Map<String, String> with(Map<String, String> form, String field, String value) {
        form.put(field, value);
        return form;
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .filter(field -> !field.getValue().isEmpty() || !field.getKey().equals("privacyConsent"))
                .map(field -> field.getKey() + "=" + enc(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from registration", Long.class);
    }

    private long registrationOf(long event, String email) {
        return jdbc.queryForObject(
                "select id from registration where event_id = ? and email = ?", Long.class, event, email);
    }
}
