package de.klimaflow.notification;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import de.klimaflow.consultation.Channel;
import de.klimaflow.consultation.ConsultationService;
import de.klimaflow.consultation.InitialFacts;
import de.klimaflow.consultation.NewCase;
import de.klimaflow.consultation.process.ConsultationFlow;
import de.klimaflow.consultation.process.ConsultationProcess;
import de.klimaflow.security.CamundaIdentityAuthenticationProvider;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.ReceivedMail;
import de.klimaflow.support.TestMailProcess;
import de.klimaflow.support.TestUsers;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mail through the engine to a real SMTP server (GreenMail): content, retries, incidents, hostile input. */
@KlimaflowTest
class MailDeliveryTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(true);

    @Autowired
    MailEnvelopes envelopes;

    @Autowired
    de.klimaflow.consultation.CaseQueries caseQueries;

    @Autowired
    de.klimaflow.support.ProcessDriver process;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    ConsultationService cases;

    @Autowired
    ConsultationFlow consultations;

    @Autowired
    MailLog mailLog;

    @Autowired
    CamundaIdentityAuthenticationProvider authentication;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @BeforeEach
    void setUp() {
        TestUsers.ensure(identityService);
        TestMailProcess.deploy(repositoryService);
    }

    @AfterEach
    void tearDown() {
        process.resetClocks();
        TestUsers.signOut();
    }

    @Test
    void confirmationArrivesInTheRecipientsLanguageWithACalendarFile() throws Exception {
        String instance = startTestMail(Map.of(
                "kind",
                MailKinds.REGISTRATION_CONFIRMED,
                "to",
                "kim@example.org",
                "name",
                "Kim Weber",
                "lang",
                "en",
                "eventTitle",
                "Heat planning forum",
                "start",
                "2026-12-03T18:00:00+01:00[Europe/Berlin]",
                "eventUrl",
                "https://klimaflow.example/events/5",
                "cancelUrl",
                "https://klimaflow.example/cancel/k1"));
        runSendJob(instance);

        MimeMessage message = singleMessage();
        assertThat(message.getSubject()).isEqualTo("Registration confirmed: Heat planning forum");
        assertThat(addresses(message.getRecipients(Message.RecipientType.TO))).containsExactly("kim@example.org");
        assertThat(message.getFrom()[0].toString()).contains("test@klimaflow.example");
        assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(message.getHeader("List-Unsubscribe"))
                .as("a single mail, not a mail-out")
                .isNull();
        String text = ReceivedMail.text(message);
        assertThat(text).contains("Dear Kim Weber").contains("https://klimaflow.example/cancel/k1");

        Multipart parts = (Multipart) message.getContent();
        BodyPart ics = part(parts, "text/calendar");
        assertThat(ics.getContentType()).contains("method=REQUEST");
        Calendar calendar = CalendarFilesTest.parse(ics.getInputStream().readAllBytes());
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        assertThat(event.getSummary().getValue()).isEqualTo("Heat planning forum");
        assertThat(event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Berlin");
        assertThat(event.getProperty(Property.ATTENDEE).orElseThrow().getValue())
                .isEqualTo("mailto:kim@example.org");

        MailSummary logged = mailLog.ofProcess(instance).get(0);
        assertThat(logged.status()).isEqualTo(MailStatus.SENT);
        assertThat(logged.deliveredVia()).isEqualTo(MailTransport.SMTP);
        assertThat(logged.language()).isEqualTo("en");
        assertThat(logged.hasCalendar()).isTrue();
    }

    @Test
    void brokenSmtpRetriesThenRaisesAnIncidentAndARetryAfterRepairSendsExactlyOnce() throws Exception {
        long caseId = cases.open(
                new NewCase(
                        "Stadt Wolmirstedt",
                        "Lars Pohl",
                        "pohl@wolmirstedt.example",
                        null,
                        "Welche Unterlagen brauchen wir?"),
                Channel.MAIL);
        Task task = taskService
                .createTaskQuery()
                .processDefinitionKey(ConsultationProcess.PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(caseId))
                .singleResult();
        TestUsers.signIn(authentication, TestUsers.ADVISOR);
        consultations.completeInitialConsultation(
                task.getId(),
                caseId,
                new InitialFacts(null, de.klimaflow.regions.MunicipalityKind.TOWN, 11_000, true, true, null, ""));
        Task review = taskService
                .createTaskQuery()
                .processInstanceId(task.getProcessInstanceId())
                .singleResult();
        consultations.completeReview(
                review.getId(), caseId, List.of("LAND-KSM"), List.of(), "Den Ratsbeschluss und einen Stellenplan.");
        TestUsers.signOut();

        smtp.stop(); // the SMTP server is down
        Job job = managementService
                .createJobQuery()
                .processInstanceId(task.getProcessInstanceId())
                .activityId(ConsultationProcess.TASK_SEND_INFO_PACKAGE)
                .singleResult();
        assertThat(job.getRetries()).isEqualTo(3);
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> managementService.executeJob(job.getId()))
                    .as("attempt %d: the mail by its id, never its address (the message is logged)", attempt)
                    .hasMessageContaining("nicht zugestellt")
                    .hasMessageNotContaining("pohl@wolmirstedt.example");
            Job failed = managementService.createJobQuery().jobId(job.getId()).singleResult();
            assertThat(failed.getRetries()).isEqualTo(3 - attempt);
            if (attempt < 3) {
                // the next try waits five minutes (R3/PT5M)
                assertThat(Duration.between(
                                process.engineNow().toInstant(),
                                failed.getDuedate().toInstant()))
                        .isBetween(Duration.ofMinutes(4), Duration.ofMinutes(6));
                assertThat(mailLog.ofProcess(task.getProcessInstanceId()))
                        .singleElement()
                        .satisfies(mail -> assertThat(mail.status()).isEqualTo(MailStatus.RETRYING));
            }
        }

        Incident incident = runtimeService
                .createIncidentQuery()
                .processInstanceId(task.getProcessInstanceId())
                .singleResult();
        assertThat(incident).as("incident in Cockpit").isNotNull();
        assertThat(incident.getActivityId()).isEqualTo(ConsultationProcess.TASK_SEND_INFO_PACKAGE);
        assertThat(incident.getIncidentMessage())
                .contains("consultation-info-package")
                .contains("nicht zugestellt")
                .doesNotContain("pohl@wolmirstedt.example");
        MailSummary failedMail = mailLog.ofProcess(task.getProcessInstanceId()).get(0);
        assertThat(failedMail.status()).isEqualTo(MailStatus.FAILED);
        assertThat(failedMail.lastError()).contains("Connect");
        // the business data committed before the mail step is untouched
        assertThat(caseQueries.details(caseId).orElseThrow().chosenProgrammes()).containsExactly("LAND-KSM");
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(task.getProcessInstanceId())
                        .count())
                .as("the next step waits behind the failed mail")
                .isZero();

        smtp.start(); // repaired; the operator retries the incident (what Cockpit's "retry" does)
        managementService.setJobRetries(job.getId(), 1);
        managementService.executeJob(job.getId());

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(smtp.getReceivedMessages()[0].getSubject())
                .isEqualTo("Ihre Informationen zur Stelle im Klimaschutzmanagement: Stadt Wolmirstedt");
        assertThat(ReceivedMail.text(smtp.getReceivedMessages()[0])).contains("Den Ratsbeschluss");
        assertThat(runtimeService
                        .createIncidentQuery()
                        .processInstanceId(task.getProcessInstanceId())
                        .count())
                .isZero();
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(task.getProcessInstanceId())
                        .singleResult()
                        .getTaskDefinitionKey())
                .as("the process went on")
                .isEqualTo(ConsultationProcess.TASK_SUPPORT_APPLICATION);
        assertThat(mailLog.ofProcess(task.getProcessInstanceId()))
                .singleElement()
                .satisfies(mail -> {
                    assertThat(mail.status()).isEqualTo(MailStatus.SENT);
                    assertThat(mail.attempts()).isEqualTo(4);
                    // the same on every try, so a mail the server took twice shows once in the recipient's program
                    assertThat(smtp.getReceivedMessages()[0].getMessageID())
                            .isEqualTo("<outbox." + mail.id() + "."
                                    + mail.createdAt().toEpochMilli() + "@klimaflow.example>");
                });
        assertThat(mailLog.ofEntity(ConsultationService.RELATED_TYPE, Long.toString(caseId)))
                .hasSize(1);
    }

    @Test
    void aTryThatAnotherNodeBeganMomentsAgoIsAwaitedAndNotRepeated() throws Exception {
        String instance = failedFirstTry("ria@example.org");
        // the same step's job on another node, whose lock ran out while it still ran, has just begun its own try
        jdbc.update(
                "update outbound_mail set status = 'SENDING', attempted_at = ? where process_instance_id = ?",
                java.sql.Timestamp.from(clock.instant()),
                instance);
        // and finishes it half a second later, as that node's outbox would
        java.util.concurrent.CompletableFuture<Integer> otherTry =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return jdbc.update(
                            "update outbound_mail set status = 'SENT', sent_at = ? where process_instance_id = ?",
                            java.sql.Timestamp.from(clock.instant()),
                            instance);
                });

        double awaitedBefore = guardCount("awaited");

        runSendJob(instance);

        assertThat(otherTry.get()).isEqualTo(1);
        assertThat(guardCount("awaited") - awaitedBefore)
                .as("the wait is counted for the operators")
                .isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).as("this try sent nothing").isEmpty();
        assertThat(managementService
                        .createJobQuery()
                        .processInstanceId(instance)
                        .count())
                .as("the step went on")
                .isZero();
        assertThat(mailLog.ofProcess(instance)).singleElement().satisfies(mail -> {
            assertThat(mail.status()).isEqualTo(MailStatus.SENT);
            assertThat(mail.attempts()).isEqualTo(1);
        });
    }

    @Test
    void aTryOfANodeThatDiedIsNotAwaited() throws Exception {
        String instance = failedFirstTry("ole@example.org");
        // begun three minutes ago and never ended: older than half the job lock time (300 s)
        jdbc.update(
                "update outbound_mail set status = 'SENDING', attempted_at = ? where process_instance_id = ?",
                java.sql.Timestamp.from(clock.instant().minus(Duration.ofMinutes(3))),
                instance);
        double awaitedBefore = guardCount("awaited");

        runSendJob(instance);

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(guardCount("awaited")).isEqualTo(awaitedBefore);
        assertThat(mailLog.ofProcess(instance)).singleElement().satisfies(mail -> {
            assertThat(mail.status()).isEqualTo(MailStatus.SENT);
            assertThat(mail.attempts()).isEqualTo(2);
        });
    }

    private double guardCount(String outcome) {
        return meters.get("klimaflow.mail.send.guards")
                .tag("outcome", outcome)
                .counter()
                .count();
    }

    /** A mail whose first try failed with the SMTP server down; the server is up again afterwards. */
    private String failedFirstTry(String to) {
        String instance = startTestMail(Map.of(
                "kind",
                MailKinds.REGISTRATION_CONFIRMED,
                "to",
                to,
                "name",
                "Ria Vogt",
                "lang",
                "de",
                "eventTitle",
                "Wärmeforum",
                "start",
                "2026-12-03T18:00:00+01:00[Europe/Berlin]",
                "eventUrl",
                "https://klimaflow.example/events/5",
                "cancelUrl",
                "https://klimaflow.example/cancel/r1"));
        smtp.stop();
        assertThatThrownBy(() -> runSendJob(instance)).hasMessageContaining("nicht zugestellt");
        smtp.start();
        return instance;
    }

    @Test
    void invalidAddressIsRefusedBeforeSendingAndRaisesAnIncidentAtOnce() {
        String instance = startTestMail(Map.of(
                "kind",
                MailKinds.REGISTRATION_REJECTED,
                "to",
                "jana.krueger@",
                "name",
                "Jana Krüger",
                "eventTitle",
                "Wärmezukunft nach Plan"));
        String jobId = managementService
                .createJobQuery()
                .processInstanceId(instance)
                .singleResult()
                .getId();
        assertThatThrownBy(() -> managementService.executeJob(jobId))
                .hasMessageContaining("Ungültige Empfängeradresse");

        assertThat(managementService
                        .createJobQuery()
                        .jobId(jobId)
                        .singleResult()
                        .getRetries())
                .as("no useless retries")
                .isZero();
        Incident incident =
                runtimeService.createIncidentQuery().processInstanceId(instance).singleResult();
        assertThat(incident.getIncidentMessage())
                .contains("Ungültige Empfängeradresse", "im Postausgang")
                .as("Cockpit and the log name the mail, the outbox shows its address")
                .doesNotContain("jana.krueger");
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(mailLog.ofProcess(instance)).singleElement().satisfies(mail -> {
            assertThat(mail.status()).isEqualTo(MailStatus.FAILED);
            assertThat(mail.lastError()).contains("Ungültige Empfängeradresse");
        });
    }

    @Test
    void lineBreaksInNamesAndSubjectsCannotAddHeaders() throws Exception {
        String instance = startTestMail(Map.of(
                "kind",
                MailKinds.REGISTRATION_WAITLISTED,
                "to",
                "eve@example.org",
                "name",
                "Eve\r\nBcc: mallory@example.org",
                "eventTitle",
                "Forum\r\nX-Injected: yes\nCc: mallory@example.org",
                "cancelUrl",
                "https://klimaflow.example/cancel/e1"));
        runSendJob(instance);

        MimeMessage message = singleMessage();
        assertThat(message.getHeader("Bcc")).isNull();
        assertThat(message.getHeader("Cc")).isNull();
        assertThat(message.getHeader("X-Injected")).isNull();
        assertThat(addresses(message.getAllRecipients())).containsExactly("eve@example.org");
        assertThat(message.getSubject()).isEqualTo("Warteliste: Forum X-Injected: yes Cc: mallory@example.org");
        assertThat(smtp.getReceivedMessages()).as("nothing went to mallory").hasSize(1);
    }

    @Test
    void overdueTaskRemindsTheGroupByMail() throws Exception {
        long caseId = cases.open(
                new NewCase(
                        "Gemeinde Barleben",
                        "Uwe Kranz",
                        "kranz@barleben.example",
                        null,
                        "Wie lange dauert die Bewilligung?"),
                Channel.WEB);
        var consultation = process.instance(ConsultationProcess.PROCESS_KEY, caseId);
        Task task = process.task(consultation, ConsultationProcess.TASK_INITIAL_CONSULTATION);
        process.fireTimer(consultation, "Boundary_InitialConsultationOverdue");
        process.execute(consultation, "Task_RemindInitialConsultation");

        List<String> recipients = Arrays.stream(smtp.getReceivedMessages())
                .flatMap(message -> addresses(recipientsOf(message)).stream())
                .toList();
        assertThat(recipients)
                .contains(TestUsers.ADVISOR + "@klimaflow.example", TestUsers.SECOND_ADVISOR + "@klimaflow.example")
                .doesNotContain(TestUsers.EVENT_TEAM + "@klimaflow.example");
        MimeMessage first = smtp.getReceivedMessages()[0];
        assertThat(first.getSubject()).isEqualTo("Überfällige Aufgabe: Erstberatung führen");
        assertThat(ReceivedMail.text(first))
                .contains("#" + caseId + " · Gemeinde Barleben")
                .contains("https://klimaflow.example/tasks/" + task.getId());
        assertThat(taskService.getTaskComments(task.getId())).hasSize(1);
    }

    @Test
    void aKeptConnectionThatTheServerClosedMeanwhileIsReplacedWithoutAFailedTry() {
        String first = startTestMail(Map.of(
                "kind",
                MailKinds.REGISTRATION_WAITLISTED,
                "to",
                "ada@example.org",
                "name",
                "Ada",
                "eventTitle",
                "Forum"));
        runSendJob(first);
        smtp.stop(); // e.g. the server restarted, or closed the idle connection
        smtp.start();
        String second = startTestMail(Map.of(
                "kind",
                MailKinds.REGISTRATION_WAITLISTED,
                "to",
                "bea@example.org",
                "name",
                "Bea",
                "eventTitle",
                "Forum"));

        runSendJob(second);

        assertThat(addresses(recipientsOf(singleMessage()))).containsExactly("bea@example.org");
        assertThat(mailLog.ofProcess(second)).singleElement().satisfies(mail -> {
            assertThat(mail.status()).isEqualTo(MailStatus.SENT);
            assertThat(mail.attempts()).isEqualTo(1);
        });
    }

    private String startTestMail(Map<String, Object> variables) {
        return runtimeService
                .startProcessInstanceByKey(TestMailProcess.KEY, "mail-" + System.nanoTime(), variables)
                .getId();
    }

    private void runSendJob(String instance) {
        managementService.executeJob(managementService
                .createJobQuery()
                .processInstanceId(instance)
                .singleResult()
                .getId());
    }

    private MimeMessage singleMessage() {
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        return smtp.getReceivedMessages()[0];
    }

    private static Address[] recipientsOf(MimeMessage message) {
        try {
            return message.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> addresses(Address[] addresses) {
        return Arrays.stream(addresses)
                .map(address -> ((jakarta.mail.internet.InternetAddress) address).getAddress())
                .toList();
    }

    private static BodyPart part(Multipart multipart, String type) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType(type)) {
                return part;
            }
            if (part.getContent() instanceof Multipart nested) {
                BodyPart found = part(nested, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Autowired
    MailRenderer mailRenderer;

    @Autowired
    OutboundMailRepository outboundMails;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Autowired
    java.time.Clock clock;

    @Test
    void withoutAMailServerTheOutboxSaysLoggedOnlyNotSent() {
        var noSender = new org.springframework.beans.factory.support.StaticListableBeanFactory()
                .getBeanProvider(org.springframework.mail.javamail.JavaMailSender.class);
        MailTransport logOnly = new MailTransport(
                noSender,
                new de.klimaflow.platform.AgencyProperties(
                        "Agentur",
                        "Impressum",
                        "test@klimaflow.example",
                        "https://klimaflow.example",
                        "https://lena.example/impressum",
                        "https://lena.example/datenschutz"));
        assertThat(logOnly.hasServer()).isFalse();
        NotificationService withoutServer = new NotificationService(
                mailRenderer,
                logOnly,
                outboundMails,
                transactions,
                clock,
                new MailSendGuards(new io.micrometer.core.instrument.simple.SimpleMeterRegistry()),
                new FreshLinks(List.of()),
                envelopes,
                300_000);
        String related = Long.toString(System.nanoTime());
        withoutServer.deliver(
                new MailRequest(
                        MailKinds.REGISTRATION_REJECTED,
                        new Recipient("Ute Lange", "ute@example.org", java.util.Locale.GERMAN),
                        Map.of("eventTitle", "Forum", "reason", "Ausgebucht"),
                        null,
                        "registration",
                        related),
                MailOrigin.NONE);
        MailSummary logged = mailLog.ofEntity("registration", related).get(0);
        assertThat(logged.status()).isEqualTo(MailStatus.LOGGED_ONLY);
        assertThat(logged.deliveredVia()).isEqualTo(MailTransport.LOG);
        assertThat(smtp.getReceivedMessages()).as("nothing left the house").isEmpty();
    }
}
