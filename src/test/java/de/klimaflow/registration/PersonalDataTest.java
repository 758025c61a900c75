package de.klimaflow.registration;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import de.klimaflow.events.EventService;
import de.klimaflow.events.ParticipantRole;
import de.klimaflow.registration.process.RegistrationProcess;
import de.klimaflow.security.CamundaIdentityAuthenticationProvider;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Access (JSON, PDF) and erasure for one address, on the real database, engine and mail server. */
@KlimaflowTest
class PersonalDataTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(true);

    @Autowired
    de.klimaflow.registration.RegistrationIntake intake;

    @Autowired
    RegistrationFixtures fixtures;

    @Autowired
    PersonalData personalData;

    @Autowired
    RegistrationService registrations;

    @Autowired
    EventService events;

    @Autowired
    IdentityService identityService;

    @Autowired
    CamundaIdentityAuthenticationProvider authentication;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signIn() {
        TestUsers.ensure(identityService);
        TestUsers.signIn(authentication, TestUsers.REGISTRATION_DESK);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void theReportHoldsEverythingAboutTheAddressAndErasureLeavesOnlyCountsAndALogWithoutTheAddress() throws Exception {
        long event = fixtures.publishedForum(1, 5);
        long evening = fixtures.parts(event).get(0);
        String address = "anna.auskunft" + System.nanoTime() + "@example.org";
        long anna = intake.register(
                event,
                Set.of(evening),
                new NewRegistration(
                        "Anna Auskunft",
                        address,
                        "Gemeinde Barleben",
                        ParticipantRole.ELECTED_OFFICIAL,
                        "Rollstuhlplatz",
                        Locale.GERMAN));
        String optIn = RegistrationFixtures.token(
                fixtures.sendMail(smtp, anna, RegistrationProcess.TASK_SEND_OPT_IN), "/anmeldung/bestaetigen/");
        intake.confirm(optIn);
        String ownLink = RegistrationFixtures.token(
                fixtures.sendMail(smtp, anna, RegistrationProcess.TASK_SEND_CONFIRMATION), "/anmeldung/");
        long waiting = intake.registerConfirmed(
                event,
                Set.of(evening),
                "Wilma Warte",
                "wilma" + System.nanoTime() + "@example.org",
                null,
                ParticipantRole.ELECTED_OFFICIAL,
                Locale.GERMAN);
        assertThat(registrations.find(waiting).orElseThrow().status()).isEqualTo(RegistrationStatus.WAITLISTED);

        PersonalData.Report report = personalData.report(address.toUpperCase(Locale.ROOT));
        assertThat(report.registrations()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Anna Auskunft");
            assertThat(r.needs()).isEqualTo("Rollstuhlplatz");
            assertThat(r.status()).isEqualTo("CONFIRMED");
            assertThat(r.parts())
                    .singleElement()
                    .extracting(PersonalData.PartRecord::standing)
                    .isEqualTo("SEAT");
            assertThat(r.history())
                    .extracting(PersonalData.HistoryRecord::what)
                    .contains("RECEIVED", "ADDRESS_CONFIRMED");
        });
        assertThat(report.mails())
                .hasSize(2)
                .allSatisfy(mail -> assertThat(mail.text()).contains("Anna Auskunft"));
        String json = new String(personalData.json(address), StandardCharsets.UTF_8);
        assertThat(json)
                .contains("\"name\" : \"Anna Auskunft\"")
                .contains("Gemeinde Barleben")
                .contains(address);
        byte[] pdf = personalData.pdf(address);
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Auskunft über gespeicherte Daten")
                    .contains("Anna Auskunft")
                    .contains("Rollstuhlplatz");
        }

        PersonalData.Erasure erasure = personalData.erase(address);
        assertThat(erasure.registrations()).isOne();
        assertThat(erasure.mails()).isEqualTo(2);
        assertThat(registrations.find(waiting).orElseThrow().status())
                .as("Anna's seat went to the next person")
                .isEqualTo(RegistrationStatus.CONFIRMED);
        RegistrationView erased = registrations.find(anna).orElseThrow();
        assertThat(erased.status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(erased.name()).isEqualTo("anonymisiert");
        assertThat(erased.needs()).isNull();
        assertThat(registrations.view(ownLink)).as("the personal link is dead").isEmpty();
        assertThat(registrations.history(anna))
                .extracting(entry -> entry.kind().name() + " " + entry.actor())
                .contains("CANCELLED " + TestUsers.REGISTRATION_DESK, "ERASED " + TestUsers.REGISTRATION_DESK);
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbound_mail where lower(recipient_email) = lower(?)"
                                + " or text_body like '%Anna Auskunft%'",
                        Long.class, address))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from registration where email = ? or name = 'Anna Auskunft'",
                        Long.class,
                        address))
                .isZero();
        assertThat(jdbc.queryForList("select address_hash from erasure_log", String.class))
                .doesNotContain(address)
                .contains(PersonalLinks.hash(address));

        PersonalData.Report after = personalData.report(address);
        assertThat(after.isEmpty()).isTrue();
        assertThat(after.earlierErasures()).singleElement().satisfies(e -> {
            assertThat(e.by()).isEqualTo(TestUsers.REGISTRATION_DESK);
            assertThat(e.registrations()).isOne();
        });
        assertThatThrownBy(() -> personalData.report("kein Adresse; drop table registration"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
