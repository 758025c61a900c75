package de.klimaflow.tasks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import de.klimaflow.notification.AgencyProperties;
import de.klimaflow.notification.MailKinds;
import de.klimaflow.notification.MailOrigin;
import de.klimaflow.notification.MailOrigins;
import de.klimaflow.notification.MailRequest;
import de.klimaflow.notification.NotificationService;
import de.klimaflow.notification.Recipient;
import de.klimaflow.security.UserDirectory;
import de.klimaflow.security.UserDirectory.StaffContact;
import de.klimaflow.ui.Formats;

/**
 * Service task behind every user task's non-interrupting "overdue" timer: leaves a dated reminder
 * comment on the task and mails the assignee, or the candidate groups when nobody has claimed it. The
 * model names the task through the input parameter {@value #TASK_KEY_PARAMETER}; the step is
 * asynchronous with retries, like every step that sends mail. A task whose due date was moved past the
 * timer is left alone.
 */
@Component(OverdueTaskReminder.BEAN_NAME)
public class OverdueTaskReminder implements JavaDelegate {

    public static final String BEAN_NAME = "overdueTaskReminder";
    /** Input parameter of the reminder service task: the id of the user task it watches. */
    public static final String TASK_KEY_PARAMETER = "overdueTaskKey";

    private static final Logger LOG = LoggerFactory.getLogger(OverdueTaskReminder.class);

    private final TaskService taskService;
    private final WorkTaskService workTasks;
    private final UserDirectory users;
    private final NotificationService notifications;
    private final AgencyProperties agency;

    public OverdueTaskReminder(TaskService taskService, WorkTaskService workTasks, UserDirectory users,
            NotificationService notifications, AgencyProperties agency) {
        this.taskService = taskService;
        this.workTasks = workTasks;
        this.users = users;
        this.notifications = notifications;
        this.agency = agency;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String taskKey = (String) execution.getVariable(TASK_KEY_PARAMETER);
        List<Task> overdue = taskService.createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(taskKey)
                .initializeFormKeys()
                .list().stream()
                .filter(task -> task.getDueDate() != null && !task.getDueDate().after(ClockUtil.getCurrentTime()))
                .toList();
        MailOrigin origin = MailOrigins.of(execution);
        for (TaskRow task : workTasks.toRows(overdue)) {
            taskService.createComment(task.id(), task.processInstanceId(),
                    "Erinnerung: Diese Aufgabe ist seit " + Formats.dateTime(task.due()) + " überfällig.");
            for (StaffContact contact : recipients(task)) {
                notifications.deliver(mail(task, contact), origin);
            }
            LOG.info("Overdue reminder for task {} ({}) of instance {}", task.id(), taskKey, task.processInstanceId());
        }
    }

    private List<StaffContact> recipients(TaskRow task) {
        if (task.assigneeId() != null) {
            return users.contact(task.assigneeId()).map(List::of).orElse(List.of());
        }
        List<String> groups = taskService.getIdentityLinksForTask(task.id()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).toList();
        return users.membersOf(groups);
    }

    private MailRequest mail(TaskRow task, StaffContact contact) {
        Map<String, Object> model = new HashMap<>();
        model.put("taskName", task.name());
        model.put("caseLabel", task.businessObject());
        model.put("due", task.due().atZone(Formats.ZONE));
        model.put("taskUrl", agency.link("/tasks/" + task.id()));
        return new MailRequest(MailKinds.TASK_OVERDUE, new Recipient(contact.name(), contact.email(), contact.locale()),
                model, null, "task", task.id());
    }
}
