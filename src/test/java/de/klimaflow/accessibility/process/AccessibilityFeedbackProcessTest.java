package de.klimaflow.accessibility.process;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.klimaflow.accessibility.BarrierReports;
import de.klimaflow.accessibility.NewBarrierReport;
import de.klimaflow.platform.Formats;
import de.klimaflow.support.ProcessTestBase;
import de.klimaflow.support.ReceivedMail;
import de.klimaflow.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report of a barrier is acknowledged at once with the date of the answer; the configured group gets the task, due a
 * week before the legal six weeks run out and reminded then; the answer is recorded and mailed.
 */
class AccessibilityFeedbackProcessTest extends ProcessTestBase {

    @Autowired
    BarrierReports reports;

    @Autowired
    AccessibilityFeedbackFlow flow;

    @Test
    void aReportIsAcknowledgedAnsweredInTimeAndRemindedBeforeTheTimeRunsOut() throws Exception {
        String address = "rolli." + System.nanoTime() + "@example.org";
        long id = reports.report(new NewBarrierReport(
                "/veranstaltungen/3/anmelden",
                "Die Auswahl der Programmteile ist mit der Tastatur nicht erreichbar.",
                "Robin Rolli",
                address,
                Locale.GERMAN));
        ProcessInstance instance = process.instance(AccessibilityFeedbackProcess.PROCESS_KEY, id);
        BarrierReports.ReportView report = reports.find(id).orElseThrow();
        assertThat(Duration.between(report.receivedAt(), report.replyDueAt()))
                .as("the legal time, six weeks by default")
                .isEqualTo(Duration.ofDays(42));

        process.execute(instance, AccessibilityFeedbackProcess.TASK_SEND_ACKNOWLEDGEMENT);
        assertThat(ReceivedMail.textTo(smtp.getReceivedMessages(), address))
                .contains("Guten Tag Robin Rolli")
                .contains("spätestens am " + Formats.date(report.replyDueAt()) + " eine Antwort")
                .contains("Betroffene Seite: /veranstaltungen/3/anmelden", "mit der Tastatur nicht erreichbar");

        process.assertThatInstance(instance).isWaitingAt(AccessibilityFeedbackProcess.TASK_ANSWER_REPORT);
        Task task = process.task(instance, AccessibilityFeedbackProcess.TASK_ANSWER_REPORT);
        assertThat(taskService.getIdentityLinksForTask(task.getId()))
                .as("the configured group answers")
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("registration-desk"));
        assertThat(task.getDueDate().toInstant())
                .as("due a week before the time runs out")
                .isEqualTo(report.replyDueAt().minus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MILLIS));
        assertThat(process.dueOf(instance, AccessibilityFeedbackProcess.TIMER_ANSWER_OVERDUE))
                .as("the reminder fires when the task falls due")
                .isEqualTo(task.getDueDate().toInstant());

        process.fireTimer(instance, AccessibilityFeedbackProcess.TIMER_ANSWER_OVERDUE);
        process.execute(instance, AccessibilityFeedbackProcess.TASK_REMIND_ANSWER_REPORT);
        assertThat(ReceivedMail.textTo(smtp.getReceivedMessages(), TestUsers.REGISTRATION_DESK + "@klimaflow.example"))
                .contains("Meldung beantworten");
        process.assertThatInstance(instance)
                .as("the reminder leaves the task open")
                .isWaitingAt(AccessibilityFeedbackProcess.TASK_ANSWER_REPORT);

        TestUsers.signIn(authentication, TestUsers.REGISTRATION_DESK);
        flow.answer(
                task.getId(),
                id,
                "Danke! Die Programmteile sind jetzt Kontrollkästchen, die man mit der Tabulatortaste erreicht.");
        assertThat(reports.find(id).orElseThrow().reply()).startsWith("Danke!");
        process.execute(instance, AccessibilityFeedbackProcess.TASK_SEND_REPLY);
        List<jakarta.mail.internet.MimeMessage> toReporter = new ArrayList<>();
        for (jakarta.mail.internet.MimeMessage mail : smtp.getReceivedMessages()) {
            if (mail.getAllRecipients()[0].toString().contains(address)) {
                toReporter.add(mail);
            }
        }
        assertThat(toReporter).as("the acknowledgement and the answer").hasSize(2);
        assertThat(toReporter.get(1).getSubject()).isEqualTo("Antwort auf Ihre Meldung einer Barriere");
        assertThat(ReceivedMail.text(toReporter.get(1)))
                .contains("Kontrollkästchen, die man mit der Tabulatortaste erreicht")
                .contains("Schlichtungsstelle");
        process.assertThatInstance(instance).isEnded();
    }
}
