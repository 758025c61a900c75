package de.klimaflow.events.process;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The event page's timeline: where an event's planning process stands, read from the engine's history. */
@Service
public class EventPlanningPosition {

    private final HistoryService historyService;
    private final ManagementService managementService;

    EventPlanningPosition(HistoryService historyService, ManagementService managementService) {
        this.historyService = historyService;
        this.managementService = managementService;
    }

    /** Where the event's process stands now, and what it did so far, oldest first. */
    @Transactional(readOnly = true)
    public ProcessPosition of(long eventId) {
        var instance = historyService
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(EventPlanningProcess.PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(eventId))
                .singleResult();
        if (instance == null) {
            return new ProcessPosition(null, List.of(), List.of());
        }
        var activities = historyService
                .createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId())
                .orderByHistoricActivityInstanceStartTime()
                .asc()
                .list()
                .stream()
                .filter(step -> step.getActivityName() != null
                        && !step.getActivityType().contains("Gateway"))
                .toList();
        var steps = activities.stream()
                .map(step -> new ProcessPosition.Step(
                        step.getActivityId(),
                        step.getActivityName(),
                        step.getStartTime().toInstant(),
                        step.getEndTime() == null ? null : step.getEndTime().toInstant(),
                        step.getAssignee()))
                .toList();
        // a waiting timer is not reached yet: it says until when it waits, not that the moment has come
        Map<String, Date> timers = new HashMap<>();
        managementService
                .createJobQuery()
                .processInstanceId(instance.getId())
                .timers()
                .list()
                .forEach(job -> timers.put(
                        managementService
                                .createJobDefinitionQuery()
                                .jobDefinitionId(job.getJobDefinitionId())
                                .singleResult()
                                .getActivityId(),
                        job.getDuedate()));
        List<ProcessPosition.Current> current = activities.stream()
                .filter(step -> step.getEndTime() == null)
                .map(step -> new ProcessPosition.Current(
                        step.getActivityId(),
                        step.getActivityName(),
                        "intermediateTimer".equals(step.getActivityType()) && timers.containsKey(step.getActivityId())
                                ? timers.get(step.getActivityId()).toInstant()
                                : null,
                        step.getTaskId()))
                .toList();
        return new ProcessPosition(instance.getId(), current, steps);
    }
}
