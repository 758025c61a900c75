package de.klimaflow.tasks.process;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.klimaflow.consultation.Channel;
import de.klimaflow.consultation.ConsultationService;
import de.klimaflow.consultation.NewCase;
import de.klimaflow.consultation.process.ConsultationProcess;
import de.klimaflow.support.ProcessTestBase;
import de.klimaflow.support.ReceivedMail;
import de.klimaflow.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The overdue reminder fires at the task's due date, and moves when the due date moves. */
class ReminderFollowsDueDateTest extends ProcessTestBase {

    private static final String REMINDER = "Boundary_InitialConsultationOverdue";

    @Autowired
    ConsultationService cases;

    @Test
    void theReminderTimerMovesWithTheDueDateAndRemindsThen() throws Exception {
        long caseId = cases.open(
                new NewCase("Gemeinde Hohe Börde", "Rita Rat", "rat@hohe-boerde.example", null, "Wie fangen wir an?"),
                Channel.WEB);
        ProcessInstance instance = process.instance(ConsultationProcess.PROCESS_KEY, caseId);
        Task task = process.task(instance, ConsultationProcess.TASK_INITIAL_CONSULTATION);
        assertThat(process.dueOf(instance, REMINDER))
                .as("at creation: the due date (the model gives both the same duration)")
                .isCloseTo(task.getDueDate().toInstant(), within(1, ChronoUnit.SECONDS));

        Instant later = task.getDueDate().toInstant().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS);
        taskService.setDueDate(task.getId(), Date.from(later));
        assertThat(process.dueOf(instance, REMINDER)).as("moved with it").isEqualTo(later);

        Instant earlier = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        Task again = process.task(instance, ConsultationProcess.TASK_INITIAL_CONSULTATION);
        again.setDueDate(Date.from(earlier));
        taskService.saveTask(again);
        assertThat(process.dueOf(instance, REMINDER)).as("earlier too").isEqualTo(earlier);

        process.fireTimer(instance, REMINDER);
        process.execute(instance, "Task_RemindInitialConsultation");
        assertThat(ReceivedMail.textTo(smtp.getReceivedMessages(), TestUsers.ADVISOR + "@klimaflow.example"))
                .contains("Erstberatung führen");
    }
}
