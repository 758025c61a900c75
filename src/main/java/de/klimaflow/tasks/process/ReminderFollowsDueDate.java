package de.klimaflow.tasks.process;

import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.JobQueryImpl;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Engine plugin: every user task's overdue reminder (the non-interrupting timer whose path leads to
 * {@code ${overdueTaskReminder}}) moves with the task's due date when that changes (staff, the demo data, a
 * follow-up), so the list's "Überfällig" and the reminder mail never disagree. At creation the model gives both the
 * same date, which {@code ProcessModelRulesTest} checks.
 */
@Component
public class ReminderFollowsDueDate extends AbstractProcessEnginePlugin {

    private static final String REMINDER = "${" + OverdueTaskReminder.BEAN_NAME + "}";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new java.util.ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    // at creation the model gives task and timer the same due date (ProcessModelRulesTest)
                    behavior.getTaskDefinition()
                            .addTaskListener(TaskListener.EVENTNAME_UPDATE, ReminderFollowsDueDate::moveReminder);
                }
            }
        });
    }

    static void moveReminder(DelegateTask task) {
        Date due = task.getDueDate();
        UserTask userTask = task.getBpmnModelElementInstance();
        if (due == null || userTask == null) {
            return;
        }
        Set<String> reminders = userTask.getModelInstance().getModelElementsByType(BoundaryEvent.class).stream()
                .filter(boundary -> boundary.getAttachedTo() == userTask && !boundary.cancelActivity())
                .filter(boundary ->
                        boundary.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance))
                .filter(boundary -> boundary.getOutgoing().stream()
                        .anyMatch(flow -> flow.getTarget() instanceof ServiceTask reminder
                                && REMINDER.equals(reminder.getCamundaDelegateExpression())))
                .map(BoundaryEvent::getId)
                .collect(Collectors.toSet());
        if (reminders.isEmpty()) {
            return;
        }
        for (JobEntity timer : timers(task.getProcessInstanceId(), reminders)) {
            if (!due.equals(timer.getDuedate())) {
                timer.setDuedate(due);
            }
        }
    }

    /** The reminder timers of the instance, as stored. */
    private static List<JobEntity> timers(String processInstanceId, Set<String> activityIds) {
        CommandContext context = Context.getCommandContext();
        List<JobEntity> timers = new java.util.ArrayList<>();
        for (String activityId : activityIds) {
            JobQueryImpl query = new JobQueryImpl();
            query.processInstanceId(processInstanceId);
            query.activityId(activityId);
            query.timers();
            query.executeList(context, null).forEach(job -> timers.add((JobEntity) job));
        }
        return timers;
    }
}
