package de.klimaflow.tasks.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import de.klimaflow.notification.MailComposer;
import de.klimaflow.notification.MailContext;
import de.klimaflow.notification.MailKinds;
import de.klimaflow.notification.MailRequest;
import de.klimaflow.notification.Recipient;
import de.klimaflow.platform.Formats;
import de.klimaflow.platform.Links;
import de.klimaflow.security.UserDirectory.StaffContact;
import de.klimaflow.tasks.OverdueTasks;
import de.klimaflow.tasks.TaskRow;

/** The overdue reminder to staff, in every process: one mail per overdue task and person to act. */
@Component
class TaskMails implements MailComposer {

    static final String RELATED_TYPE = "task";

    private final OverdueTasks overdue;
    private final Links links;

    TaskMails(OverdueTasks overdue, Links links) {
        this.overdue = overdue;
        this.links = links;
    }

    @Override
    public boolean composes(String processDefinitionKey, String kind) {
        return MailKinds.TASK_OVERDUE.equals(kind);
    }

    @Override
    public List<MailRequest> compose(String kind, MailContext context) {
        String taskKey =
                (String) Objects.requireNonNull(context.variables().get(OverdueTaskReminder.TASK_KEY_PARAMETER));
        return overdue.of(context.processInstanceId(), taskKey).stream()
                .flatMap(task -> overdue.recipients(task).stream().map(contact -> mail(task, contact)))
                .toList();
    }

    private MailRequest mail(TaskRow task, StaffContact contact) {
        Map<String, Object> model = new HashMap<>();
        model.put("taskName", task.name());
        model.put("caseLabel", task.businessObject());
        model.put(
                "due",
                Objects.requireNonNull(task.due(), "an overdue task has a due date")
                        .atZone(Formats.ZONE));
        model.put("taskUrl", links.absolute(Links.taskPage(task.id())));
        return new MailRequest(
                MailKinds.TASK_OVERDUE,
                new Recipient(contact.name(), contact.email(), contact.locale()),
                model,
                null,
                RELATED_TYPE,
                task.id());
    }
}
