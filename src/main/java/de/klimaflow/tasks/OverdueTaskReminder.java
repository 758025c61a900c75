package de.klimaflow.tasks;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Service task behind every user task's non-interrupting "overdue" timer: leaves a dated reminder
 * comment on the task. The model names the task through the input parameter {@value #TASK_KEY_PARAMETER}.
 * A task whose due date was moved past the timer is left alone.
 */
@Component(OverdueTaskReminder.BEAN_NAME)
public class OverdueTaskReminder implements JavaDelegate {

    public static final String BEAN_NAME = "overdueTaskReminder";
    /** Input parameter of the reminder service task: the id of the user task it watches. */
    public static final String TASK_KEY_PARAMETER = "overdueTaskKey";

    private static final Logger LOG = LoggerFactory.getLogger(OverdueTaskReminder.class);
    private static final DateTimeFormatter GERMAN_DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final TaskService taskService;
    private final ZoneId zone;

    public OverdueTaskReminder(TaskService taskService, @Value("${klimaflow.time-zone}") String zone) {
        this.taskService = taskService;
        this.zone = ZoneId.of(zone);
    }

    @Override
    public void execute(DelegateExecution execution) {
        String taskKey = (String) execution.getVariable(TASK_KEY_PARAMETER);
        List<Task> tasks = taskService.createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(taskKey)
                .list();
        for (Task task : tasks) {
            if (task.getDueDate() != null && !task.getDueDate().after(ClockUtil.getCurrentTime())) {
                String due = GERMAN_DATE_TIME.format(task.getDueDate().toInstant().atZone(zone));
                taskService.createComment(task.getId(), task.getProcessInstanceId(),
                        "Erinnerung: Diese Aufgabe ist seit " + due + " überfällig.");
                LOG.info("Overdue reminder for task {} ({}) of instance {}", task.getId(), taskKey,
                        execution.getProcessInstanceId());
            }
        }
    }
}
