package de.klimaflow.tasks;

import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import de.klimaflow.security.Groups;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The engine's state for Prometheus: jobs due and failed, open incidents, and open and overdue tasks per
 * group. Camunda has no exporter of its own, and its metric table is flushed only every 15 minutes, so
 * these are counted from the runtime tables when scraped.
 */
@Component
class WorkMetrics implements MeterBinder {

    private final ManagementService managementService;
    private final RuntimeService runtimeService;
    private final TaskService taskService;

    WorkMetrics(ManagementService managementService, RuntimeService runtimeService, TaskService taskService) {
        this.managementService = managementService;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(
                        "klimaflow.engine.jobs.due",
                        () -> managementService.createJobQuery().executable().count())
                .description("Jobs the job executor may run now (due, with retries left)")
                .register(registry);
        Gauge.builder(
                        "klimaflow.engine.jobs.failed",
                        () -> managementService.createJobQuery().noRetriesLeft().count())
                .description("Jobs without retries left: each is an incident in Cockpit")
                .register(registry);
        Gauge.builder(
                        "klimaflow.engine.incidents.open",
                        () -> runtimeService.createIncidentQuery().count())
                .description("Open incidents")
                .register(registry);
        for (String group : Groups.ALL) {
            Gauge.builder(
                            "klimaflow.tasks.open",
                            () -> taskService
                                    .createTaskQuery()
                                    .taskCandidateGroup(group)
                                    .includeAssignedTasks()
                                    .active()
                                    .count())
                    .description("Open user tasks of a group")
                    .tag("group", group)
                    .register(registry);
            Gauge.builder(
                            "klimaflow.tasks.overdue",
                            () -> taskService
                                    .createTaskQuery()
                                    .taskCandidateGroup(group)
                                    .includeAssignedTasks()
                                    .active()
                                    .dueBefore(now())
                                    .count())
                    .description("Open user tasks of a group past their due date")
                    .tag("group", group)
                    .register(registry);
        }
    }

    private static Date now() {
        return ClockUtil.getCurrentTime();
    }
}
