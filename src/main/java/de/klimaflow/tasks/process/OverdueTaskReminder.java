package de.klimaflow.tasks.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.klimaflow.notification.MailKinds;
import de.klimaflow.notification.process.ProcessMails;
import de.klimaflow.tasks.OverdueTasks;

/**
 * Service task behind every user task's non-interrupting "overdue" timer: comments on the overdue task
 * and mails the people who should act ({@link TaskMails}). The model names the task through the input
 * parameter {@value #TASK_KEY_PARAMETER}; the step is asynchronous with retries, like every step that
 * sends mail.
 */
@Component(OverdueTaskReminder.BEAN_NAME)
public class OverdueTaskReminder implements JavaDelegate {

    public static final String BEAN_NAME = "overdueTaskReminder";
    /** Input parameter of the reminder service task: the id of the user task it watches. */
    public static final String TASK_KEY_PARAMETER = "overdueTaskKey";

    private final OverdueTasks overdue;
    private final ProcessMails mails;

    public OverdueTaskReminder(OverdueTasks overdue, ProcessMails mails) {
        this.overdue = overdue;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        overdue.comment(execution.getProcessInstanceId(), (String) execution.getVariable(TASK_KEY_PARAMETER));
        mails.send(MailKinds.TASK_OVERDUE, execution);
    }
}
