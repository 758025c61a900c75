package de.klimaflow.consultation.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import de.klimaflow.security.CamundaIdentityAuthenticationProvider;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestUsers;
import jakarta.validation.ConstraintViolationException;
import de.klimaflow.consultation.NewInquiry;
import de.klimaflow.consultation.InquiryService;
import de.klimaflow.consultation.InquiryDetails;

/** processes/inquiry-handling.bpmn on the real engine; the overdue timer is driven by the engine clock. */
@KlimaflowTest
class InquiryProcessTest {

    /** the overdue reminder mails the advisors */
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(true);

    @Autowired
    InquiryService inquiries;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
    @Autowired
    CamundaIdentityAuthenticationProvider authentication;

    @BeforeEach
    void users() {
        TestUsers.ensure(identityService);
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        TestUsers.signOut();
    }

    @Test
    void inquiryStartsAnAdvisorTaskDueInThreeDays() {
        InquiryDetails inquiry = receive();
        Task task = task(inquiry);
        assertThat(task.getTaskDefinitionKey()).isEqualTo(InquiryProcess.TASK_ANSWER);
        assertThat(taskService.getIdentityLinksForTask(task.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("advisors"));
        // stored timestamps may differ from each other by a rounded millisecond
        assertThat(Duration.between(task.getCreateTime().toInstant(), task.getDueDate().toInstant()))
                .isBetween(Duration.ofDays(3).minusSeconds(1), Duration.ofDays(3).plusSeconds(1));
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(InquiryProcess.PROCESS_KEY).processInstanceBusinessKey(inquiry.id() + "").count())
                .isEqualTo(1);
    }

    @Test
    void overdueTimerRemindsOnTheTaskAndLeavesItOpen() {
        InquiryDetails inquiry = receive();
        Task task = task(inquiry);
        Job timer = managementService.createJobQuery().processInstanceId(task.getProcessInstanceId()).timers().singleResult();
        assertThat(timer.getDuedate()).isCloseTo(task.getDueDate(), 1000);

        ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + Duration.ofMinutes(1).toMillis()));
        managementService.executeJob(timer.getId());
        executeReminder(task);

        assertThat(taskService.getTaskComments(task.getId())).singleElement()
                .satisfies(comment -> assertThat(comment.getFullMessage()).contains("überfällig"));
        assertThat(smtp.getReceivedMessages()).isNotEmpty();
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("non-interrupting").isEqualTo(1);
    }

    @Test
    void noReminderWhenTheDueDateWasMovedLater() {
        InquiryDetails inquiry = receive();
        Task task = task(inquiry);
        Job timer = managementService.createJobQuery().processInstanceId(task.getProcessInstanceId()).timers().singleResult();
        taskService.setDueDate(task.getId(), new Date(task.getDueDate().getTime() + Duration.ofDays(7).toMillis()));

        ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
        managementService.executeJob(timer.getId());
        executeReminder(task);
        assertThat(taskService.getTaskComments(task.getId())).isEmpty();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void answerIsStoredAndTheProcessGoesOnToSendIt() {
        InquiryDetails inquiry = receive();
        Task task = task(inquiry);
        TestUsers.signIn(authentication, TestUsers.ADVISOR);
        inquiries.answer(task.getId(), inquiry.id(), "  Gern, hier die Unterlagen.  ");

        InquiryDetails answered = inquiries.find(inquiry.id()).orElseThrow();
        assertThat(answered.answer()).isEqualTo("Gern, hier die Unterlagen.");
        assertThat(answered.answeredAt()).isNotNull();
        // the mail is a step of its own, asynchronous: committed answer, then the send job
        assertThat(managementService.createJobQuery().processInstanceId(task.getProcessInstanceId())
                .activityId(InquiryProcess.TASK_SEND_ANSWER).count()).isOne();
    }

    @Test
    void invalidInquiriesAreRefusedAndNothingIsStored() {
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(InquiryProcess.PROCESS_KEY).count();
        assertThatThrownBy(() -> inquiries.receive(new NewInquiry("", "A", "a@b.example", "Frage")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> inquiries.receive(new NewInquiry("Stadt", "A", "kein-mail", "Frage")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> inquiries.receive(new NewInquiry("Stadt", "A", "a@b.example", "x".repeat(4001))))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(InquiryProcess.PROCESS_KEY).count())
                .isEqualTo(before);
    }

    @Test
    void answerFailureLeavesTheTaskOpen() {
        InquiryDetails inquiry = receive();
        Task task = task(inquiry);
        TestUsers.signIn(authentication, TestUsers.EVENT_TEAM);
        assertThatThrownBy(() -> inquiries.answer(task.getId(), inquiry.id(), "Antwort"))
                .isInstanceOf(de.klimaflow.tasks.TaskNotAvailableException.class);
        // the answer was written before completion failed: the transaction must have rolled it back
        assertThat(inquiries.find(inquiry.id()).orElseThrow().answer()).isNull();
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    /** The reminder is an asynchronous step of its own (it mails, so it may be retried). */
    private void executeReminder(Task task) {
        managementService.executeJob(managementService.createJobQuery().processInstanceId(task.getProcessInstanceId())
                .activityId(InquiryProcess.TASK_REMIND_OVERDUE).singleResult().getId());
    }

    private InquiryDetails receive() {
        return inquiries.receive(new NewInquiry("Stadt Wanzleben-Börde", "Petra Vogel", "vogel@wanzleben.example",
                "Wir planen eine Stelle im Klimaschutzmanagement."));
    }

    private Task task(InquiryDetails inquiry) {
        return taskService.createTaskQuery().processDefinitionKey(InquiryProcess.PROCESS_KEY).processInstanceBusinessKey(Long.toString(inquiry.id())).singleResult();
    }
}
