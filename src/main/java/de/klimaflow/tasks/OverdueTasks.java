package de.klimaflow.tasks;

import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.platform.Formats;
import de.klimaflow.security.UserDirectory;
import de.klimaflow.security.UserDirectory.StaffContact;

/**
 * User tasks past their due date: which they are, who should hear about them, and the dated reminder
 * comment left on each. The comment is written in German, the office's working language.
 */
@Service
@Transactional
public class OverdueTasks {

    private static final Logger LOG = LoggerFactory.getLogger(OverdueTasks.class);

    private final TaskService taskService;
    private final TaskRows rows;
    private final UserDirectory users;
    private final MessageSource messages;

    public OverdueTasks(TaskService taskService, TaskRows rows, UserDirectory users, MessageSource messages) {
        this.taskService = taskService;
        this.rows = rows;
        this.users = users;
        this.messages = messages;
    }

    /**
     * The open tasks of this element in the instance that are due by now. "Now" is the engine's clock,
     * the one its timers fire by, so a task whose due date was moved past the timer is left alone.
     */
    @Transactional(readOnly = true)
    public List<TaskRow> of(String processInstanceId, String taskKey) {
        return rows.of(taskService
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(taskKey)
                .initializeFormKeys()
                .list()
                .stream()
                .filter(task -> task.getDueDate() != null && !task.getDueDate().after(ClockUtil.getCurrentTime()))
                .toList());
    }

    /** Leaves the reminder comment on every such task. */
    public void comment(String processInstanceId, String taskKey) {
        for (TaskRow task : of(processInstanceId, taskKey)) {
            // the engine's comments are the office's record, in German
            taskService.createComment(
                    task.id(),
                    task.processInstanceId(),
                    messages.getMessage(
                            "tasks.overdue.comment", new Object[] {Formats.dateTime(task.due())}, Locale.GERMAN));
            LOG.info("Overdue reminder for task {} ({}) of instance {}", task.id(), taskKey, task.processInstanceId());
        }
    }

    /** Whom to remind: the assignee, or every member of the candidate groups when nobody has claimed it. */
    @Transactional(readOnly = true)
    public List<StaffContact> recipients(TaskRow task) {
        if (task.assigneeId() != null) {
            return users.contact(task.assigneeId()).map(List::of).orElse(List.of());
        }
        List<String> groups = taskService.getIdentityLinksForTask(task.id()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId())
                .toList();
        return users.membersOf(groups);
    }
}
