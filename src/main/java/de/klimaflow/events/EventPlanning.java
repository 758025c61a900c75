package de.klimaflow.events;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.registration.Registrations;
import de.klimaflow.tasks.WorkTaskService;

/**
 * The event-planning process seen from the event: start it, keep its timer dates in step with the
 * event, and the steps the engine performs (publish, close registration, cancel, anonymise).
 */
@Service
@Transactional
public class EventPlanning {

    public static final int MAX_REASON = 1000;

    private final EventService events;
    private final WorkTaskService workTasks;
    private final EventRepository repository;
    private final Registrations registrations;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final PressReleases pressReleases;
    private final Duration reminderBefore;
    private final Duration retention;

    public EventPlanning(EventService events, WorkTaskService workTasks, EventRepository repository,
            Registrations registrations, RuntimeService runtimeService, HistoryService historyService,
            PressReleases pressReleases, @Value("${klimaflow.events.reminder-before:P2D}") Duration reminderBefore,
            @Value("${klimaflow.events.retention:P180D}") Duration retention) {
        this.events = events;
        this.workTasks = workTasks;
        this.repository = repository;
        this.registrations = registrations;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.pressReleases = pressReleases;
        this.reminderBefore = reminderBefore;
        this.retention = retention;
    }

    /** Stores the draft and starts its planning process, in one transaction; returns the event id. */
    public long create(EventDraft draft) {
        long id = events.create(draft);
        runtimeService.startProcessInstanceByKey(EventPlanningProcess.PROCESS_KEY, Long.toString(id),
                timerVariables(event(id)));
        return id;
    }

    /** Changes the event and moves the process's timer dates along. */
    public void update(long eventId, EventDraft draft) {
        events.update(eventId, draft);
        instance(eventId).ifPresent(instance -> runtimeService.setVariables(instance.getId(), timerVariables(event(eventId))));
    }

    /** A planning step's form: saves the changed event and completes the task, both or neither. */
    public void completeStep(String taskId, long eventId, EventDraft draft) {
        update(eventId, draft);
        workTasks.complete(taskId, Map.of());
    }

    /** Management's decision; a send-back needs a reason, which the revise task shows. */
    public void decide(String taskId, boolean approved, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (!approved && (why.isEmpty() || why.length() > MAX_REASON)) {
            throw new IllegalArgumentException("a send-back needs a reason of 1 to " + MAX_REASON + " characters");
        }
        workTasks.complete(taskId, Map.of(EventPlanningProcess.VAR_APPROVED, approved,
                EventPlanningProcess.VAR_SEND_BACK_REASON, approved ? "" : why));
    }

    /** The participant list went to the venue and the catering. */
    public void participantListSent(String taskId) {
        workTasks.complete(taskId, Map.of());
    }

    /** Attendance is recorded: the event took place. */
    public void attendanceRecorded(String taskId, long eventId) {
        event(eventId).moveTo(EventStatus.TAKEN_PLACE);
        workTasks.complete(taskId, Map.of());
    }

    /** Follow-up is done; the thank-you mail links the documentation and the survey (both https). */
    public void followUpDone(String taskId, long eventId, String documentationUrl, String surveyUrl) {
        for (String url : new String[] {documentationUrl, surveyUrl}) {
            if (!EventRules.isWebLink(url)) {
                throw new IllegalArgumentException("not an https link: " + url);
            }
        }
        event(eventId).moveTo(EventStatus.COMPLETED);
        workTasks.complete(taskId, Map.of(EventMails.VAR_DOCUMENTATION_URL, documentationUrl.strip(),
                EventMails.VAR_SURVEY_URL, surveyUrl.strip()));
    }

    /** Where the event's process stands now, and what it did so far, oldest first. */
    @Transactional(readOnly = true)
    public ProcessPosition position(long eventId) {
        var instance = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(EventPlanningProcess.PROCESS_KEY).processInstanceBusinessKey(Long.toString(eventId))
                .singleResult();
        if (instance == null) {
            return new ProcessPosition(null, List.of(), List.of());
        }
        var steps = historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .orderByHistoricActivityInstanceStartTime().asc().list().stream()
                .filter(step -> step.getActivityName() != null && !step.getActivityType().contains("Gateway"))
                .map(step -> new ProcessPosition.Step(step.getActivityName(), step.getStartTime().toInstant(),
                        step.getEndTime() == null ? null : step.getEndTime().toInstant(), step.getAssignee()))
                .toList();
        List<String> current = steps.stream().filter(step -> step.ended() == null).map(ProcessPosition.Step::name).toList();
        return new ProcessPosition(instance.getId(), current, steps);
    }

    /** Cancels the event in whatever phase it is: the process ends everything open and notifies registrants. */
    public void cancel(long eventId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() > MAX_REASON) {
            throw new IllegalArgumentException("reason longer than " + MAX_REASON);
        }
        runtimeService.createMessageCorrelation(EventPlanningProcess.MESSAGE_CANCELLED)
                .processInstanceBusinessKey(Long.toString(eventId))
                .setVariable(EventMails.VAR_CANCELLATION_REASON, why.isEmpty() ? null : why)
                .correlateWithResult();
    }

    void publish(long eventId) {
        event(eventId).moveTo(EventStatus.PUBLISHED);
        pressReleases.draftIfMissing(eventId);
    }

    void closeRegistration(long eventId) {
        event(eventId).moveTo(EventStatus.REGISTRATION_CLOSED);
    }

    void markCancelled(long eventId) {
        event(eventId).moveTo(EventStatus.CANCELLED);
        registrations.endAllBecauseEventCancelled(eventId);
    }

    int anonymise(long eventId) {
        return registrations.anonymiseEvent(eventId);
    }

    Map<String, Object> timerVariables(Event event) {
        Instant start = event.startsAt();
        Instant end = event.endsAt();
        Map<String, Object> variables = new HashMap<>();
        variables.put(EventPlanningProcess.VAR_REGISTRATION_DEADLINE, Date.from(event.getRegistrationDeadline()));
        variables.put(EventPlanningProcess.VAR_REMINDER_AT, Date.from(start.minus(reminderBefore)));
        variables.put(EventPlanningProcess.VAR_EVENT_ENDS_AT, Date.from(end));
        variables.put(EventPlanningProcess.VAR_RETENTION_ENDS_AT, Date.from(end.plus(retention)));
        return variables;
    }

    private java.util.Optional<ProcessInstance> instance(long eventId) {
        return java.util.Optional.ofNullable(runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(EventPlanningProcess.PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(eventId)).singleResult());
    }

    private Event event(long eventId) {
        return repository.findById(eventId).orElseThrow(() -> new IllegalArgumentException("no event " + eventId));
    }
}
