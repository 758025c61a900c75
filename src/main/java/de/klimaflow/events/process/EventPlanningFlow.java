package de.klimaflow.events.process;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.events.EventDraft;
import de.klimaflow.events.EventHistory;
import de.klimaflow.events.EventRules;
import de.klimaflow.events.EventSchedule;
import de.klimaflow.events.EventService;
import de.klimaflow.events.EventValidationException;
import de.klimaflow.events.Programme;
import de.klimaflow.events.PublishedEventChanges;
import de.klimaflow.events.SpeakersToConfirm;
import de.klimaflow.events.VideoLinkChanged;
import de.klimaflow.platform.FieldProblem;
import de.klimaflow.tasks.WorkTaskService;

/**
 * The event-planning process, the one class that talks to the engine about it: starts it for a new
 * event, keeps its timer dates in step with the event, completes the steps that staff finish in their
 * forms, and cancels it.
 */
@Service
@Transactional
public class EventPlanningFlow {

    public static final int MAX_REASON = 1000;

    private static final Map<String, String> TIMER_VARIABLES = Map.of(
            EventPlanningProcess.TIMER_REGISTRATION_DEADLINE, EventPlanningProcess.VAR_REGISTRATION_DEADLINE,
            EventPlanningProcess.TIMER_BEFORE_EVENT, EventPlanningProcess.VAR_REMINDER_AT,
            EventPlanningProcess.TIMER_EVENT_OVER, EventPlanningProcess.VAR_EVENT_ENDS_AT,
            EventPlanningProcess.TIMER_RETENTION, EventPlanningProcess.VAR_RETENTION_ENDS_AT);

    private final EventService events;
    private final PublishedEventChanges changes;
    private final EventHistory history;
    private final Programme programme;
    private final WorkTaskService workTasks;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final Duration reminderBefore;
    private final Duration retention;

    public EventPlanningFlow(
            EventService events,
            PublishedEventChanges changes,
            EventHistory history,
            Programme programme,
            WorkTaskService workTasks,
            RuntimeService runtimeService,
            ManagementService managementService,
            @Value("${klimaflow.events.reminder-before:P2D}") Duration reminderBefore,
            @Value("${klimaflow.events.retention:P180D}") Duration retention) {
        this.events = events;
        this.changes = changes;
        this.history = history;
        this.programme = programme;
        this.workTasks = workTasks;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.reminderBefore = reminderBefore;
        this.retention = retention;
    }

    /** A new event starts its planning process; a changed one moves the timers (same transaction). */
    @EventListener
    void scheduleChanged(EventSchedule schedule) {
        Map<String, Object> timers = timerVariables(schedule);
        if (schedule.created()) {
            runtimeService.startProcessInstanceByKey(
                    EventPlanningProcess.PROCESS_KEY, Long.toString(schedule.eventId()), timers);
        } else {
            instance(schedule.eventId()).ifPresent(instance -> {
                runtimeService.setVariables(instance.getId(), timers);
                moveWaitingTimers(instance.getId(), timers);
            });
        }
    }

    /**
     * A timer that already waits keeps the due date it was created with, whatever the variables say
     * later; so each waiting date timer gets the new date of its variable.
     */
    private void moveWaitingTimers(String processInstanceId, Map<String, Object> timers) {
        TIMER_VARIABLES.forEach((timerId, variable) -> managementService
                .createJobQuery()
                .processInstanceId(processInstanceId)
                .timers()
                .activityId(timerId)
                .list()
                .forEach(job -> managementService.setJobDuedate(job.getId(), (Date) timers.get(variable))));
    }

    /** A published event's video link changed: everyone with a seat is told (subprocess "Zugang geändert"). */
    @EventListener
    void videoLinkChanged(VideoLinkChanged changed) {
        runtimeService
                .createMessageCorrelation(EventPlanningProcess.MESSAGE_VIDEO_LINK_CHANGED)
                .processInstanceBusinessKey(Long.toString(changed.eventId()))
                .correlateAll();
    }

    /** Speakers named for an approved event get their confirmation (subprocess "Referierende bestätigen"). */
    @EventListener
    void speakersToConfirm(SpeakersToConfirm named) {
        confirmSpeakers(named.eventId());
    }

    private void confirmSpeakers(long eventId) {
        runtimeService
                .createMessageCorrelation(EventPlanningProcess.MESSAGE_SPEAKERS_TO_CONFIRM)
                .processInstanceBusinessKey(Long.toString(eventId))
                .correlateAll();
    }

    /**
     * After publication: a new deadline and first day. The timers follow; when the event itself moved,
     * the process tells everyone registered.
     */
    public void reschedule(long eventId, Instant registrationDeadline, LocalDate firstDay) {
        if (changes.reschedule(eventId, registrationDeadline, firstDay)) {
            runtimeService
                    .createMessageCorrelation(EventPlanningProcess.MESSAGE_RESCHEDULED)
                    .processInstanceBusinessKey(Long.toString(eventId))
                    .correlateWithResult();
        }
    }

    /** A planning step's form: saves the changed event and completes the task, both or neither. */
    public void completeStep(String taskId, long eventId, EventDraft draft) {
        events.update(eventId, draft);
        workTasks.complete(taskId, Map.of());
    }

    /**
     * The agenda step: every part needs its programme text, unless the event team says explicitly that
     * the programme follows (management then sees that in the approval).
     */
    public void completeAgenda(String taskId, long eventId, EventDraft draft, boolean programmeFollows) {
        if (!programmeFollows) {
            List<FieldProblem> missing = new ArrayList<>();
            for (int i = 0; i < draft.parts().size(); i++) {
                String programme = draft.parts().get(i).description();
                if (programme == null || programme.isBlank()) {
                    missing.add(new FieldProblem("parts[" + i + "].description", "event.error.agendaMissing"));
                }
            }
            if (!missing.isEmpty()) {
                throw new EventValidationException(missing);
            }
        }
        events.update(eventId, draft);
        workTasks.complete(taskId, Map.of(EventPlanningProcess.VAR_PROGRAMME_FOLLOWS, programmeFollows));
    }

    /** Management's decision; a send-back needs a reason, which the revise task shows. */
    public void decide(String taskId, long eventId, boolean approved, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (!approved && (why.isEmpty() || why.length() > MAX_REASON)) {
            throw new IllegalArgumentException("a send-back needs a reason of 1 to " + MAX_REASON + " characters");
        }
        if (!approved) {
            history.rememberForReview(eventId);
        }
        workTasks.complete(
                taskId,
                Map.of(
                        EventPlanningProcess.VAR_APPROVED,
                        approved,
                        EventPlanningProcess.VAR_SEND_BACK_REASON,
                        approved ? "" : why));
        // the speakers named while planning learn it now that the programme is approved
        if (approved && programme.hasPendingConfirmations(eventId)) {
            confirmSpeakers(eventId);
        }
    }

    /** Why management sent the draft back, for the revise form; empty before any send-back. */
    @Transactional(readOnly = true)
    public Optional<String> sendBackReason(String taskId) {
        return workTasks.variable(taskId, EventPlanningProcess.VAR_SEND_BACK_REASON) instanceof String text
                        && !text.isBlank()
                ? Optional.of(text)
                : Optional.empty();
    }

    /** Whether the agenda step said that the programme follows later (for the approval form). */
    @Transactional(readOnly = true)
    public boolean programmeFollows(String taskId) {
        return Boolean.TRUE.equals(workTasks.variable(taskId, EventPlanningProcess.VAR_PROGRAMME_FOLLOWS));
    }

    /**
     * The list is checked; the next steps mail it to the venue and the head count and dietary needs to the caterer
     * named here (none: no catering order).
     */
    public void participantListSent(
            String taskId, long eventId, @Nullable String catererName, @Nullable String catererEmail) {
        events.setCaterer(eventId, catererName, catererEmail);
        workTasks.complete(taskId, Map.of());
    }

    /** Attendance is recorded: the event took place. */
    public void attendanceRecorded(String taskId, long eventId) {
        events.markTakenPlace(eventId);
        workTasks.complete(taskId, Map.of());
    }

    /** Follow-up is done; the thank-you mail links the documentation and the survey (both https). */
    public void followUpDone(
            String taskId, long eventId, String documentationUrl, String surveyUrl, boolean writeToMissed) {
        for (String url : new String[] {documentationUrl, surveyUrl}) {
            if (!EventRules.isWebLink(url)) {
                throw new IllegalArgumentException("not an https link: " + url);
            }
        }
        events.markCompleted(eventId);
        workTasks.complete(
                taskId,
                Map.of(
                        EventPlanningProcess.VAR_DOCUMENTATION_URL,
                        documentationUrl.strip(),
                        EventPlanningProcess.VAR_SURVEY_URL,
                        surveyUrl.strip(),
                        EventPlanningProcess.VAR_WRITE_TO_MISSED,
                        writeToMissed));
    }

    /** Cancels the event in whatever phase it is: the process ends everything open and notifies registrants. */
    public void cancel(long eventId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() > MAX_REASON) {
            throw new IllegalArgumentException("reason longer than " + MAX_REASON);
        }
        runtimeService
                .createMessageCorrelation(EventPlanningProcess.MESSAGE_CANCELLED)
                .processInstanceBusinessKey(Long.toString(eventId))
                .setVariable(EventPlanningProcess.VAR_CANCELLATION_REASON, why.isEmpty() ? null : why)
                .correlateWithResult();
    }

    private Map<String, Object> timerVariables(EventSchedule schedule) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(EventPlanningProcess.VAR_REGISTRATION_DEADLINE, Date.from(schedule.registrationDeadline()));
        variables.put(
                EventPlanningProcess.VAR_REMINDER_AT,
                Date.from(schedule.startsAt().minus(reminderBefore)));
        variables.put(EventPlanningProcess.VAR_EVENT_ENDS_AT, Date.from(schedule.endsAt()));
        variables.put(
                EventPlanningProcess.VAR_RETENTION_ENDS_AT,
                Date.from(schedule.endsAt().plus(retention)));
        return variables;
    }

    private Optional<ProcessInstance> instance(long eventId) {
        return Optional.ofNullable(runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(EventPlanningProcess.PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(eventId))
                .singleResult());
    }
}
