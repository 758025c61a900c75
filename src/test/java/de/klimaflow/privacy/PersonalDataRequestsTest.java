package de.klimaflow.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.klimaflow.events.ParticipantRole;
import de.klimaflow.registration.NewRegistration;
import de.klimaflow.registration.RegistrationFixtures;
import de.klimaflow.registration.RegistrationStatus;
import de.klimaflow.registration.RegistrationView;
import de.klimaflow.registration.process.RegistrationProcess;
import de.klimaflow.support.DatabaseSearch;
import de.klimaflow.support.ProcessTestBase;
import de.klimaflow.support.TestMailProcess;
import de.klimaflow.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A data subject's request through the privacy port: every feature's part, in plain words, erased by need to know. */
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class PersonalDataRequestsTest extends ProcessTestBase {

    @Autowired
    PersonalDataRequests requests;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    de.klimaflow.consultation.ConsultationService cases;

    @Autowired
    de.klimaflow.consultation.CaseQueries caseQueries;

    @Autowired
    de.klimaflow.network.NetworkJoin joins;

    @Autowired
    de.klimaflow.network.NetworkDirectory directory;

    @Test
    void theReportHoldsEverythingInPlainWordsAndErasureLeavesCountsAndAKeyedLogEntry(
            org.springframework.boot.test.system.CapturedOutput log) throws Exception {
        TestUsers.signIn(authentication, TestUsers.REGISTRATION_DESK);
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

        PersonalDataRequests.Report report = requests.report(address.toUpperCase(Locale.ROOT));
        assertThat(report.held())
                .extracting(HeldData::category)
                .containsExactlyInAnyOrder("privacy.category.registrations", "privacy.category.mails");
        assertThat(report.held())
                .allSatisfy(data -> assertThat(requests.mayHandle(data)).isTrue());
        String json = new String(requests.json(address, Locale.GERMAN), StandardCharsets.UTF_8);
        assertThat(json)
                .contains("Anmeldungen zu Veranstaltungen", "Anna Auskunft", "Gemeinde Barleben", "Rollstuhlplatz")
                .contains("bestätigt", "Kommunale Mandatsträgerin", "Adresse bestätigt")
                .contains("\"purpose\"", "\"legalBasis\"", "Art. 6 Abs. 1")
                .as("no raw codes")
                .doesNotContain("CONFIRMED", "ELECTED_OFFICIAL", "\"SEAT\"", "ADDRESS_CONFIRMED");
        String english = new String(requests.json(address, Locale.ENGLISH), StandardCharsets.UTF_8);
        assertThat(english).contains("Registrations for events", "confirmed", "the energy agency");
        try (var document = Loader.loadPDF(requests.pdf(address, Locale.GERMAN))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Auskunft über gespeicherte Daten", "Anna Auskunft", "Rollstuhlplatz", "bestätigt");
            assertThat(text).doesNotContain("CONFIRMED", "ELECTED_OFFICIAL");
        }

        assertThat(requests.erase(address))
                .extracting(erased -> erased.category() + " " + erased.count())
                .containsExactlyInAnyOrder("privacy.category.registrations 1", "privacy.category.mails 2");
        assertThat(registrations.find(waiting).orElseThrow().status())
                .as("Anna's seat went to the next person")
                .isEqualTo(RegistrationStatus.CONFIRMED);
        RegistrationView erased = registrations.find(anna).orElseThrow();
        assertThat(erased.status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(erased.name()).isEqualTo("anonymisiert");
        assertThat(erased.needs()).isNull();
        assertThat(registrations.view(ownLink)).as("the personal link is dead").isEmpty();
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
                .as("a keyed HMAC: neither the address nor its plain SHA-256")
                .doesNotContain(address, sha256(address))
                .anySatisfy(hash -> assertThat(hash).hasSize(64));

        PersonalDataRequests.Report after = requests.report(address);
        assertThat(after.isEmpty()).isTrue();
        assertThat(after.earlier()).singleElement().satisfies(e -> {
            assertThat(e.by()).isEqualTo(TestUsers.REGISTRATION_DESK);
            assertThat(e.items()).isEqualTo(3);
        });
        assertThatThrownBy(() -> requests.report("kein Adresse; drop table registration"))
                .isInstanceOf(IllegalArgumentException.class);
        // the test's own mail server (GreenMail) logs the mailboxes it creates; the application must not
        String applicationLog = log.getAll()
                .lines()
                .filter(line -> !line.contains("c.icegreen.greenmail"))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(applicationLog)
                .as("the mails went out and were logged, by id")
                .contains("delivered via")
                .doesNotContain(address, "Anna Auskunft");
    }

    @Test
    void theDeskNeitherReadsNorErasesAnotherGroupsData() {
        String address = "nina.netz" + System.nanoTime() + "@example.org";
        TestMailProcess.deploy(repositoryService);
        // a mail of work that is not the desk's (its kind has no reading group but the operators)
        runtimeService.startProcessInstanceByKey(
                TestMailProcess.KEY,
                "privacy-" + System.nanoTime(),
                Map.of(
                        "kind", "registration-rejected",
                        "to", address,
                        "name", "Nina Netz",
                        "eventTitle", "Netzwerktreffen",
                        "reason", "Nur für Mitglieder"));
        managementService.createJobQuery().processDefinitionKey(TestMailProcess.KEY).list().stream()
                .filter(job -> job.getRetries() > 0)
                .forEach(job -> managementService.executeJob(job.getId()));

        TestUsers.signIn(authentication, TestUsers.REGISTRATION_DESK);
        PersonalDataRequests.Report report = requests.report(address);
        assertThat(report.held()).singleElement().satisfies(mail -> {
            assertThat(mail.category()).isEqualTo("privacy.category.mails");
            assertThat(requests.mayHandle(mail))
                    .as("the desk sees that it exists, not what it says")
                    .isFalse();
        });
        assertThat(requests.erase(address))
                .as("nothing of another group's work is erased")
                .isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbound_mail where recipient_email = ? and text_body like '%Nina Netz%'",
                        Long.class, address))
                .isOne();

        TestUsers.signIn(authentication, TestUsers.OPERATOR);
        assertThat(requests.erase(address)).extracting(Erased::count).containsExactly(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbound_mail where recipient_email = ?", Long.class, address))
                .isZero();
    }

    @Test
    void aConsultationAJoinRequestAndADirectoryEntryAreFoundAndErasedWithWhatIsKeptOnPurpose() {
        String address = "jana.secret" + System.nanoTime() + "@example.org";
        long caseId = cases.open(
                new de.klimaflow.consultation.NewCase(
                        "Gemeinde Barleben",
                        "Jana Geheim",
                        address,
                        "0391 555 1234",
                        "Bitte rufen Sie mich privat an: 0171 999 8888"),
                de.klimaflow.consultation.Channel.WEB);
        joins.request(new de.klimaflow.network.NetworkJoin.NewJoinRequest(
                "Jana Geheim", address, "Gemeinde Barleben", java.time.LocalDate.of(2026, 6, 1), "Hallo", true));
        directory.enter(
                "Jana Geheim",
                address,
                null,
                "Gemeinde Barleben",
                java.time.LocalDate.of(2026, 6, 1),
                null,
                true,
                null);

        // the processes' own steps (acknowledgements) run now, so no mail is written after the erasure
        jdbc.queryForList(
                        "select e.id_ from act_ru_execution e where e.business_key_ in (?, ?) and e.parent_id_ is null",
                        String.class,
                        Long.toString(caseId),
                        jdbc.queryForObject("select id from network_join_request where email = ?", Long.class, address)
                                .toString())
                .forEach(instance -> managementService
                        .createJobQuery()
                        .processInstanceId(instance)
                        .executable()
                        .list()
                        .forEach(job -> managementService.executeJob(job.getId())));
        assertThat(DatabaseSearch.find(jdbc, "0171 999 8888"))
                .as("the search finds what is there")
                .isNotEmpty();

        TestUsers.signIn(authentication, TestUsers.REGISTRATION_DESK);
        assertThat(requests.report(address).held())
                .as("the desk learns who holds what, and nothing of it")
                .allSatisfy(data -> assertThat(requests.mayHandle(data)).isFalse())
                .extracting(HeldData::category)
                .contains("privacy.category.cases", "privacy.category.joinRequests", "privacy.category.directory");
        assertThat(requests.erase(address)).isEmpty();

        TestUsers.signIn(authentication, TestUsers.ADVISOR);
        String json = new String(requests.json(address, Locale.GERMAN), StandardCharsets.UTF_8);
        assertThat(json).contains("Jana Geheim", "0391 555 1234", "0171 999 8888", "öffentlich gelistet");
        assertThat(requests.erase(address))
                .extracting(erased -> erased.category() + " " + erased.count())
                .contains(
                        "privacy.category.cases 1", "privacy.category.joinRequests 1", "privacy.category.directory 1");
        assertThat(requests.report(address).held())
                .as("what is left is other groups' work: the meeting's invitation (event team) and mails")
                .allSatisfy(data -> assertThat(requests.mayHandle(data)).isFalse());
        for (String trace : new String[] {address, "Jana Geheim", "0391 555 1234", "0171 999 8888"}) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from consultation_case where contact_email = ? or contact_name = ?"
                                    + " or contact_phone = ? or question like ?",
                            Long.class,
                            trace,
                            trace,
                            trace,
                            "%" + trace + "%"))
                    .as(trace)
                    .isZero();
            assertThat(jdbc.queryForObject(
                            "select count(*) from network_join_request where email = ? or name = ?",
                            Long.class,
                            trace,
                            trace))
                    .isZero();
            assertThat(jdbc.queryForObject(
                            "select count(*) from climate_manager where email = ? or name = ?",
                            Long.class,
                            trace,
                            trace))
                    .isZero();
            assertThat(jdbc.queryForObject(
                            "select count(*) from case_entry where case_id = ? and text like ?",
                            Long.class,
                            caseId,
                            "%" + trace + "%"))
                    .isZero();
        }
        // what is left belongs to other groups (a meeting's invitation, mails): the operators erase it too
        TestUsers.signIn(authentication, TestUsers.OPERATOR);
        requests.erase(address);
        for (String trace : new String[] {address, "Jana Geheim", "0391 555 1234", "0171 999 8888"}) {
            assertThat(DatabaseSearch.find(jdbc, trace))
                    .as("no text column of any table, the engine's included, holds " + trace)
                    .isEmpty();
        }
        assertThat(caseQueries.details(caseId).orElseThrow().municipality())
                .as("kept on purpose: the consultation's figures")
                .isEqualTo("Gemeinde Barleben");
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
