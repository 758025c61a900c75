package de.klimaflow.privacy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.klimaflow.events.ParticipantRole;
import de.klimaflow.platform.FieldProblems;
import de.klimaflow.platform.Formats;
import de.klimaflow.privacy.process.PrivacyRequestFlow;
import de.klimaflow.privacy.process.PrivacyRequestProcess;
import de.klimaflow.registration.NewRegistration;
import de.klimaflow.registration.RegistrationFixtures;
import de.klimaflow.registration.RegistrationStatus;
import de.klimaflow.registration.RegistrationView;
import de.klimaflow.registration.process.RegistrationProcess;
import de.klimaflow.security.Groups;
import de.klimaflow.support.DatabaseSearch;
import de.klimaflow.support.PdfDocuments;
import de.klimaflow.support.ProcessTestBase;
import de.klimaflow.support.TestMailProcess;
import de.klimaflow.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A data subject's request through the privacy port: every feature's part, in plain words, erased by need to know. */
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class PersonalDataRequestsTest extends ProcessTestBase {

    @Autowired
    de.klimaflow.accessibility.BarrierReports barrierReports;

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

    @Autowired
    de.klimaflow.network.Contributions contributions;

    @Autowired
    de.klimaflow.events.Programme programme;

    @Autowired
    ErasureRequests erasures;

    @Autowired
    de.klimaflow.registration.Invitations invitations;

    @Autowired
    de.klimaflow.consultation.CaseDocuments documents;

    @Autowired
    de.klimaflow.tasks.WorkTaskService workTasks;

    @Autowired
    PrivacyRequestFlow flow;

    /** Runs an erasure request's steps after the groups' answers: erasure, reply, close. */
    private void runToTheEnd(long request) {
        ProcessInstance instance = process.instance(PrivacyRequestProcess.PROCESS_KEY, request);
        process.execute(instance, PrivacyRequestProcess.TASK_ERASE);
        process.execute(instance, PrivacyRequestProcess.TASK_SEND_REPLY);
        process.execute(instance, PrivacyRequestProcess.TASK_CLOSE);
        process.assertThatInstance(instance).isEnded();
    }

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
        PdfDocuments.assertPdfUa(requests.pdf(address, Locale.GERMAN));
        try (var document = Loader.loadPDF(requests.pdf(address, Locale.GERMAN))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Auskunft über gespeicherte Daten", "Anna Auskunft", "Rollstuhlplatz", "bestätigt");
            assertThat(text).doesNotContain("CONFIRMED", "ELECTED_OFFICIAL");
        }

        long request = erasures.file(address, Locale.GERMAN, LocalDate.now(Formats.ZONE));
        assertThat(erasures.find(request).orElseThrow().reviews())
                .as("the desk's own data: confirmed by filing")
                .isEmpty();
        runToTheEnd(request);
        assertThat(erasures.find(request).orElseThrow().outcome())
                .extracting(erased -> erased.category() + " " + erased.erased())
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
        String name = "Nina Netz" + letters(Long.toString(System.nanoTime() % 1_000_000L));
        TestMailProcess.deploy(repositoryService);
        // a mail of work that is not the desk's (its kind has no reading group but the operators)
        runtimeService.startProcessInstanceByKey(
                TestMailProcess.KEY,
                "privacy-" + System.nanoTime(),
                Map.of(
                        "kind", "registration-rejected",
                        "to", address,
                        "name", name,
                        "eventTitle", "Netzwerktreffen",
                        "reason", "Nur für Mitglieder"));
        managementService.createJobQuery().processDefinitionKey(TestMailProcess.KEY).list().stream()
                .filter(job -> job.getRetries() > 0)
                .forEach(job -> managementService.executeJob(job.getId()));

        TestUsers.signIn(authentication, TestUsers.REGISTRATION_DESK);
        PersonalDataRequests.Report report = requests.report(address);
        assertThat(report.held())
                .as("the mail, and the test process's variables that hold the address and the name")
                .extracting(HeldData::category)
                .containsExactlyInAnyOrder("privacy.category.mails", "privacy.category.processVariables");
        assertThat(report.held())
                .as("the desk sees that they exist, not what they say")
                .noneMatch(requests::mayHandle);
        long request = erasures.file(address, Locale.GERMAN, LocalDate.now(Formats.ZONE));
        assertThat(erasures.find(request).orElseThrow().reviews())
                .extracting(ErasureRequests.Review::group)
                .containsExactly(Groups.OPERATORS);
        assertThat(erasures.heldFor(request, Groups.OPERATORS))
                .as("the desk does not see the operators' part of the request either")
                .isEmpty();
        assertThatThrownBy(() -> flow.decide(request, Groups.OPERATORS, true, null))
                .isInstanceOf(FieldProblems.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbound_mail where recipient_email = ? and text_body like ?",
                        Long.class,
                        address,
                        "%" + name + "%"))
                .as("nothing of another group's work is erased before that group answers")
                .isOne();

        TestUsers.signIn(authentication, TestUsers.OPERATOR);
        assertThat(erasures.heldFor(request, Groups.OPERATORS))
                .filteredOn(data -> data.category().equals("privacy.category.mails"))
                .singleElement()
                .satisfies(mail -> assertThat(mail.items())
                        .singleElement()
                        .satisfies(item -> assertThat(item.fields())
                                .anySatisfy(field -> assertThat(field.value()).contains(name))));
        flow.decide(request, Groups.OPERATORS, true, null);
        runToTheEnd(request);
        assertThat(erasures.find(request).orElseThrow().outcome())
                .extracting(erased -> erased.category() + " " + erased.erased())
                .contains("privacy.category.mails 1", "privacy.category.processVariables 2");
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbound_mail where recipient_email = ?", Long.class, address))
                .isZero();
        for (String trace : new String[] {address, name}) {
            assertThat(DatabaseSearch.find(jdbc, trace))
                    .as("the test process kept " + trace + " in its variables; they went too")
                    .isEmpty();
        }
    }

    /**
     * One address in every feature, taken through the erasure process and each group's task: afterwards no port, no
     * table (the engine's history and binary columns included) and no log line holds the address, the name or the
     * phone number; what is kept on purpose is named.
     */
    @Test
    void oneAddressInEveryFeatureIsGoneAfterTheErasureProcessExceptWhatIsKeptOnPurpose(
            org.springframework.boot.test.system.CapturedOutput log) throws Exception {
        String unique = Long.toString(System.nanoTime() % 100_000_000L);
        String address = "jana.secret" + unique + "@example.org";
        String name = "Jana Geheim" + letters(unique);
        String phone = "0171 " + unique;
        // a registration with double opt-in and confirmation (registration desk)
        TestUsers.signIn(authentication, TestUsers.REGISTRATION_DESK);
        long forum = fixtures.publishedForum(5, 5);
        long registration = intake.register(
                forum,
                Set.of(fixtures.parts(forum).get(0)),
                new NewRegistration(
                        name, address, "Gemeinde Barleben", ParticipantRole.ELECTED_OFFICIAL, phone, Locale.GERMAN));
        intake.confirm(RegistrationFixtures.token(
                fixtures.sendMail(smtp, registration, RegistrationProcess.TASK_SEND_OPT_IN),
                "/anmeldung/bestaetigen/"));
        fixtures.sendMail(smtp, registration, RegistrationProcess.TASK_SEND_CONFIRMATION);
        // an invitation to an invitation-only meeting, sent (event team)
        TestUsers.signIn(authentication, TestUsers.EVENT_TEAM);
        long meeting = fixtures.publish(fixtures.draft(10, 10).byInvitationOnly());
        invitations.invite(meeting, name + " <" + address + ">", Locale.GERMAN);
        runJobsOf(de.klimaflow.registration.process.RegistrationMailingProcess.PROCESS_KEY);
        // a consultation case with a document and a task comment (advisors)
        long caseId = cases.open(
                new de.klimaflow.consultation.NewCase(
                        "Gemeinde Barleben", name, address, phone, "Bitte rufen Sie mich privat an: " + phone),
                de.klimaflow.consultation.Channel.WEB);
        runJobsOf(de.klimaflow.consultation.process.ConsultationProcess.PROCESS_KEY);
        TestUsers.signIn(authentication, TestUsers.ADVISOR);
        documents.upload(
                caseId,
                "lebenslauf.pdf",
                ("%PDF-1.4\n% Lebenslauf " + name + ", " + phone + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8));
        String caseTask = taskService
                .createTaskQuery()
                .processDefinitionKey(de.klimaflow.consultation.process.ConsultationProcess.PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(caseId))
                .list()
                .get(0)
                .getId();
        workTasks.addComment(caseTask, "Rückruf: " + name + " möchte privat angerufen werden, " + phone);
        // a join request, and the directory entry (advisors)
        joins.request(new de.klimaflow.network.NetworkJoin.NewJoinRequest(
                name, address, "Gemeinde Barleben", LocalDate.of(2026, 6, 1), "Hallo, hier " + name, true));
        runJobsOf(de.klimaflow.network.process.NetworkJoinProcess.PROCESS_KEY);
        long entry =
                directory.enter(name, address, null, "Gemeinde Barleben", LocalDate.of(2026, 6, 1), null, true, null);
        directory.setContactConsent(entry, true);
        // a proposal for the network meeting, behind the member's link (the event team reviews it)
        contributions.call(meeting);
        long contribution = jdbc.queryForObject(
                "select id from contribution where event_id = ? and email = ?", Long.class, meeting, address);
        contributions.propose(
                contributions.issueLink(contribution).orElseThrow(),
                "Solarkataster von " + name,
                "Rufen Sie mich an: " + phone);
        // a speaker in the forum's programme, confirmed by mail (event team)
        de.klimaflow.events.EventPart evening =
                events.find(forum).orElseThrow().getParts().get(0);
        programme.save(
                forum,
                null,
                new de.klimaflow.events.AgendaDraft(
                        evening.getId(),
                        evening.getStartsAt(),
                        null,
                        "Praxisbericht",
                        List.of(new de.klimaflow.events.AgendaDraft.SpeakerDraft(name, "Gemeinde Barleben", address))));
        runJobsOf(de.klimaflow.events.process.EventPlanningProcess.PROCESS_KEY);
        // a report of a barrier, acknowledged by mail (the desk answers those)
        barrierReports.report(new de.klimaflow.accessibility.NewBarrierReport(
                "/beratung", "Ich bin blind, rufen Sie mich an: " + phone, name, address, Locale.GERMAN));
        runJobsOf(de.klimaflow.accessibility.process.AccessibilityFeedbackProcess.PROCESS_KEY);
        for (String trace : new String[] {address, name, phone}) {
            assertThat(DatabaseSearch.find(jdbc, trace))
                    .as("the search finds " + trace)
                    .isNotEmpty();
        }

        // the desk files the request; the event team and the advisors answer in their tasks
        TestUsers.signIn(authentication, TestUsers.REGISTRATION_DESK);
        PersonalDataRequests.Report before = requests.report(address);
        assertThat(before.held())
                .extracting(HeldData::category)
                .contains(
                        "privacy.category.registrations",
                        "privacy.category.invitations",
                        "privacy.category.cases",
                        "privacy.category.joinRequests",
                        "privacy.category.directory",
                        "privacy.category.contributions",
                        "privacy.category.speakers",
                        "privacy.category.barrierReports",
                        "privacy.category.taskComments",
                        "privacy.category.mails");
        long request = erasures.file(address, Locale.GERMAN, LocalDate.now(Formats.ZONE));
        ProcessInstance instance = process.instance(PrivacyRequestProcess.PROCESS_KEY, request);
        List<String> asked = erasures.find(request).orElseThrow().reviews().stream()
                .map(ErasureRequests.Review::group)
                .toList();
        assertThat(asked).contains(Groups.EVENT_TEAM, Groups.ADVISORS).doesNotContain(Groups.REGISTRATION_DESK);
        for (String group : asked) {
            String member = TestUsers.ALL.stream()
                    .filter(user -> user[1].equals(group))
                    .findFirst()
                    .orElseThrow()[0];
            TestUsers.signIn(authentication, member);
            assertThat(taskService
                            .createTaskQuery()
                            .processInstanceId(instance.getId())
                            .taskCandidateGroup(group)
                            .count())
                    .as(group + " has a task")
                    .isOne();
            flow.decide(request, group, true, null);
        }
        runToTheEnd(request);

        TestUsers.signIn(authentication, TestUsers.OPERATOR);
        assertThat(requests.report(address).held())
                .as("no feature's port finds anything")
                .isEmpty();
        for (String trace : new String[] {address, name, phone}) {
            assertThat(DatabaseSearch.find(jdbc, trace))
                    .as("no column of any table, the engine's history, variables, comments and business keys"
                            + " included, holds " + trace)
                    .isEmpty();
        }
        String applicationLog = log.getAll()
                .lines()
                .filter(line -> !line.contains("c.icegreen.greenmail"))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(applicationLog).doesNotContain(address, name, phone);

        assertThat(erasures.find(request).orElseThrow().outcome())
                .as("kept on purpose, and said so")
                .flatExtracting(ErasureRequests.Outcome::kept)
                .contains(
                        "privacy.kept.registrationCounts",
                        "privacy.kept.caseStatistics",
                        "privacy.kept.joinDecisions",
                        "privacy.kept.contributions",
                        "privacy.kept.agenda",
                        "privacy.kept.barrierReports",
                        "privacy.kept.mailCounts");
        assertThat(registrations.find(registration).orElseThrow().name()).isEqualTo("anonymisiert");
        assertThat(caseQueries.details(caseId).orElseThrow().municipality()).isEqualTo("Gemeinde Barleben");
        assertThat(requests.report(address).earlier())
                .singleElement()
                .satisfies(erasure -> assertThat(erasure.by()).isEqualTo(TestUsers.REGISTRATION_DESK));
    }

    /** Runs every job of the model that is due now: its acknowledgements and sends. */
    private void runJobsOf(String processKey) {
        managementService.createJobQuery().processDefinitionKey(processKey).executable().list().stream()
                .filter(job -> job.getDuedate() == null || !job.getDuedate().after(process.engineNow()))
                .forEach(job -> managementService.executeJob(job.getId()));
    }

    /** Digits as letters, so that a name is unique and still a name. */
    private static String letters(String digits) {
        StringBuilder word = new StringBuilder();
        digits.chars().forEach(digit -> word.append((char) ('a' + digit - '0')));
        return word.toString();
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
