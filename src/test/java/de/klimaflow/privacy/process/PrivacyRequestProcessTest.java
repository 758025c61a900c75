package de.klimaflow.privacy.process;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.klimaflow.consultation.Channel;
import de.klimaflow.consultation.ConsultationService;
import de.klimaflow.consultation.NewCase;
import de.klimaflow.events.ParticipantRole;
import de.klimaflow.platform.FieldProblems;
import de.klimaflow.privacy.ErasureRequests;
import de.klimaflow.registration.RegistrationStatus;
import de.klimaflow.security.Groups;
import de.klimaflow.support.DatabaseSearch;
import de.klimaflow.support.ProcessTestBase;
import de.klimaflow.support.ReceivedMail;
import de.klimaflow.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every path of privacy-request.bpmn: straight through, a group's confirmation, its refusal, the reminder and the month. */
class PrivacyRequestProcessTest extends ProcessTestBase {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    ErasureRequests erasures;

    @Autowired
    PrivacyRequestFlow flow;

    @Autowired
    ConsultationService cases;

    @Test
    void whatOnlyTheDeskHoldsIsErasedAtOnceAndThePersonIsAnsweredInTheirLanguage() throws Exception {
        TestUsers.signIn(authentication, TestUsers.REGISTRATION_DESK);
        String address = "ole.only" + System.nanoTime() + "@example.org";
        long registration = register("Ole Only", address);

        assertThatThrownBy(() -> erasures.file("kein-at", Locale.GERMAN, today()))
                .isInstanceOf(FieldProblems.class)
                .hasMessageContaining("privacy.invalidAddress");
        assertThatThrownBy(() -> erasures.file(address, Locale.GERMAN, today().plusDays(1)))
                .hasMessageContaining("privacy.request.receivedOutOfRange");
        long id = erasures.file(address, Locale.ENGLISH, today());
        assertThatThrownBy(() -> erasures.file(address.toUpperCase(Locale.ROOT), Locale.GERMAN, today()))
                .as("one running request per address")
                .hasMessageContaining("privacy.request.alreadyOpen");

        ProcessInstance instance = process.instance(PrivacyRequestProcess.PROCESS_KEY, id);
        process.assertThatInstance(instance).isWaitingAt(PrivacyRequestProcess.TASK_ERASE);
        assertThat(erasures.find(id).orElseThrow().reviews())
                .as("no other group to ask")
                .isEmpty();
        process.execute(instance, PrivacyRequestProcess.TASK_ERASE);
        assertThat(registrations.find(registration).orElseThrow().status()).isEqualTo(RegistrationStatus.CANCELLED);
        process.execute(instance, PrivacyRequestProcess.TASK_SEND_REPLY);
        String reply = ReceivedMail.textTo(smtp.getReceivedMessages(), address);
        assertThat(reply)
                .contains("On " + de.klimaflow.platform.Formats.date(today()) + " you asked us to erase")
                .contains("Erased or anonymised:", "Registrations for events: 1")
                .contains("Kept: the anonymised registration");
        process.execute(instance, PrivacyRequestProcess.TASK_CLOSE);
        process.assertThatInstance(instance).isEnded();

        assertThat(erasures.find(id).orElseThrow().address()).isNull();
        assertThat(DatabaseSearch.find(jdbc, address))
                .as("the reply's delivery record and the request forget the address too")
                .isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbound_mail where related_type = 'privacy-request' and related_id = ?"
                                + " and status = 'SENT'",
                        Long.class,
                        Long.toString(id)))
                .as("kept: that the reply went out")
                .isOne();
    }

    @Test
    void theAdvisorsConfirmAndEverythingGoes() throws Exception {
        String address = "carla.confirm" + System.nanoTime() + "@example.org";
        TestUsers.signIn(authentication, TestUsers.REGISTRATION_DESK);
        register("Carla Confirm", address);
        long caseId = openCase("Carla Confirm", address);
        long id = erasures.file(address, Locale.GERMAN, today());
        ProcessInstance instance = process.instance(PrivacyRequestProcess.PROCESS_KEY, id);
        process.assertThatInstance(instance).isWaitingAt(PrivacyRequestProcess.TASK_CONFIRM_ERASURE);
        assertThat(erasures.find(id).orElseThrow().reviews())
                .extracting(ErasureRequests.Review::group)
                .containsExactly(Groups.ADVISORS);
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(instance.getId())
                        .taskCandidateGroup(Groups.ADVISORS)
                        .count())
                .isOne();
        assertThatThrownBy(() -> flow.decide(id, Groups.ADVISORS, true, null))
                .as("the desk does not answer for the advisors")
                .hasMessageContaining("privacy.request.notYourGroup");
        assertThat(erasures.heldFor(id, Groups.ADVISORS))
                .as("nor sees their data")
                .isEmpty();

        TestUsers.signIn(authentication, TestUsers.ADVISOR);
        assertThat(erasures.heldFor(id, Groups.ADVISORS))
                .singleElement()
                .satisfies(data -> assertThat(data.category()).isEqualTo("privacy.category.cases"));
        flow.decide(id, Groups.ADVISORS, true, null);
        assertThatThrownBy(() -> flow.decide(id, Groups.ADVISORS, false, "zu spät"))
                .hasMessageContaining("privacy.request.alreadyDecided");
        process.assertThatInstance(instance).isWaitingAt(PrivacyRequestProcess.TASK_ERASE);
        process.execute(instance, PrivacyRequestProcess.TASK_ERASE);
        process.execute(instance, PrivacyRequestProcess.TASK_SEND_REPLY);
        assertThat(ReceivedMail.textTo(smtp.getReceivedMessages(), address))
                .contains("Gelöscht oder anonymisiert:", "Anmeldungen zu Veranstaltungen: 1")
                .contains("Beratungsanfragen zur Stelle im Klimaschutzmanagement: 1");
        process.execute(instance, PrivacyRequestProcess.TASK_CLOSE);
        process.assertThatInstance(instance).isEnded();
        assertThat(jdbc.queryForObject(
                        "select count(*) from consultation_case where id = ? and contact_name = 'Carla Confirm'",
                        Long.class,
                        caseId))
                .isZero();
    }

    @Test
    void aRefusalNeedsAReasonKeepsTheGroupsDataAndTellsThePersonWhy() throws Exception {
        String address = "rita.refuse" + System.nanoTime() + "@example.org";
        TestUsers.signIn(authentication, TestUsers.REGISTRATION_DESK);
        long registration = register("Rita Refuse", address);
        long caseId = openCase("Rita Refuse", address);
        long id = erasures.file(address, Locale.GERMAN, today());
        ProcessInstance instance = process.instance(PrivacyRequestProcess.PROCESS_KEY, id);

        TestUsers.signIn(authentication, TestUsers.ADVISOR);
        assertThatThrownBy(() -> flow.decide(id, Groups.ADVISORS, false, "   "))
                .isInstanceOf(FieldProblems.class)
                .hasMessageContaining("privacy.request.reasonRequired");
        assertThatThrownBy(() -> flow.decide(id, Groups.ADVISORS, false, "x".repeat(ErasureRequests.MAX_REASON + 1)))
                .hasMessageContaining("privacy.request.reasonTooLong");
        process.assertThatInstance(instance).isWaitingAt(PrivacyRequestProcess.TASK_CONFIRM_ERASURE);
        flow.decide(id, Groups.ADVISORS, false, "Der Förderantrag der Kommune läuft noch (Frist: 30.06.2027).");

        process.execute(instance, PrivacyRequestProcess.TASK_ERASE);
        assertThat(registrations.find(registration).orElseThrow().name()).isEqualTo("anonymisiert");
        assertThat(jdbc.queryForObject(
                        "select count(*) from consultation_case where id = ? and contact_email = ?",
                        Long.class,
                        caseId,
                        address))
                .as("the refused case stays as it was")
                .isOne();
        assertThat(erasures.find(id).orElseThrow().outcome()).anySatisfy(outcome -> {
            assertThat(outcome.category()).isEqualTo("privacy.category.cases");
            assertThat(outcome.erased()).isZero();
            assertThat(outcome.kept()).containsExactly("privacy.kept.refused");
        });
        process.execute(instance, PrivacyRequestProcess.TASK_SEND_REPLY);
        assertThat(ReceivedMail.textTo(smtp.getReceivedMessages(), address))
                .contains("Anmeldungen zu Veranstaltungen: 1")
                .contains("Beratung: Der Förderantrag der Kommune läuft noch (Frist: 30.06.2027).")
                .doesNotContain("Beratungsanfragen zur Stelle im Klimaschutzmanagement: 1");
        process.execute(instance, PrivacyRequestProcess.TASK_CLOSE);
        process.assertThatInstance(instance).isEnded();
        assertThat(jdbc.queryForObject(
                        "select count(*) from consultation_case where id = ? and contact_email = ?",
                        Long.class,
                        caseId,
                        address))
                .as("closing the request does not erase what was refused")
                .isOne();
    }

    @Test
    void theReviewIsRemindedAtItsDueDateAndManagementHearsAWeekBeforeTheMonthEnds() throws Exception {
        String address = "tim.timer" + System.nanoTime() + "@example.org";
        TestUsers.signIn(authentication, TestUsers.REGISTRATION_DESK);
        openCase("Tim Timer", address);
        LocalDate received = today().minusDays(3);
        long id = erasures.file(address, Locale.GERMAN, received);
        ProcessInstance instance = process.instance(PrivacyRequestProcess.PROCESS_KEY, id);

        assertThat(process.dueOf(instance, PrivacyRequestProcess.BOUNDARY_CONFIRM_OVERDUE))
                .isEqualTo(received.plusDays(14).atTime(8, 0).atZone(BERLIN).toInstant());
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(instance.getId())
                        .singleResult()
                        .getDueDate()
                        .toInstant())
                .as("the task's due date is the reminder's")
                .isEqualTo(received.plusDays(14).atTime(8, 0).atZone(BERLIN).toInstant());
        assertThat(process.dueOf(instance, PrivacyRequestProcess.BOUNDARY_DEADLINE_NEAR))
                .isEqualTo(received.plusMonths(1)
                        .minusDays(7)
                        .atTime(8, 0)
                        .atZone(BERLIN)
                        .toInstant());

        process.fireTimer(instance, PrivacyRequestProcess.BOUNDARY_CONFIRM_OVERDUE);
        process.execute(instance, "Task_RemindConfirmErasure");
        assertThat(ReceivedMail.textTo(smtp.getReceivedMessages(), TestUsers.ADVISOR + "@klimaflow.example"))
                .contains("Löschung bestätigen oder ablehnen");

        process.fireTimer(instance, PrivacyRequestProcess.BOUNDARY_DEADLINE_NEAR);
        process.execute(instance, PrivacyRequestProcess.TASK_ESCALATE);
        assertThat(ReceivedMail.textTo(smtp.getReceivedMessages(), TestUsers.MANAGEMENT + "@klimaflow.example"))
                .contains("Die gesetzliche Frist von einem Monat endet am "
                        + de.klimaflow.platform.Formats.date(received.plusMonths(1)))
                .contains("Noch offen bei: Beratung", "/privacy/requests/" + id);
        process.assertThatInstance(instance)
                .as("the escalation leaves the advisors' task open")
                .isWaitingAt(PrivacyRequestProcess.TASK_CONFIRM_ERASURE);
    }

    private long register(String name, String address) {
        long event = fixtures.publishedForum(5, 5);
        return intake.registerConfirmed(
                event,
                Set.of(fixtures.parts(event).get(0)),
                name,
                address,
                "Gemeinde Barleben",
                ParticipantRole.ELECTED_OFFICIAL,
                Locale.GERMAN);
    }

    private long openCase(String name, String address) {
        return cases.open(
                new NewCase("Gemeinde Barleben", name, address, "0391 555 1234", "Wie finanzieren wir die Stelle?"),
                Channel.WEB);
    }

    private LocalDate today() {
        return LocalDate.now(BERLIN);
    }
}
