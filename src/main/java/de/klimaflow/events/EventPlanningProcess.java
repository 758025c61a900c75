package de.klimaflow.events;

/** Engine ids of processes/event-planning.bpmn. */
public final class EventPlanningProcess {

    public static final String PROCESS_KEY = "event-planning";
    public static final String MESSAGE_CANCELLED = "EventCancelled";

    public static final String TASK_BOOK_VENUE = "Task_BookVenue";
    public static final String TASK_PREPARE_AGENDA = "Task_PrepareAgenda";
    public static final String TASK_APPROVE = "Task_ApproveEvent";
    public static final String TASK_REVISE = "Task_ReviseDraft";
    public static final String TASK_SEND_INVITATIONS = "Task_SendInvitations";
    public static final String TASK_PARTICIPANT_LIST = "Task_SendParticipantList";
    public static final String TASK_SEND_REMINDERS = "Task_SendReminders";
    public static final String TASK_RECORD_ATTENDANCE = "Task_RecordAttendance";
    public static final String TASK_FOLLOW_UP = "Task_FollowUp";
    public static final String TASK_SEND_FOLLOW_UP = "Task_SendFollowUp";
    public static final String TASK_NOTIFY_CANCELLATION = "Task_NotifyCancellation";
    public static final String TIMER_REGISTRATION_DEADLINE = "Timer_RegistrationDeadline";
    public static final String TIMER_BEFORE_EVENT = "Timer_BeforeEvent";
    public static final String TIMER_EVENT_OVER = "Timer_EventOver";
    public static final String TIMER_RETENTION = "Timer_Retention";

    /** Management's decision (boolean). */
    public static final String VAR_APPROVED = "approved";
    /** Why management sent the draft back (short text, shown in the revise task). */
    public static final String VAR_SEND_BACK_REASON = "sendBackReason";
    /** Timer dates (java.util.Date), derived from the event whenever it changes. */
    public static final String VAR_REGISTRATION_DEADLINE = "registrationDeadline";
    public static final String VAR_REMINDER_AT = "reminderAt";
    public static final String VAR_EVENT_ENDS_AT = "eventEndsAt";
    public static final String VAR_RETENTION_ENDS_AT = "retentionEndsAt";

    public static final String FORM_BOOK_VENUE = "events/book-venue";
    public static final String FORM_PREPARE_AGENDA = "events/prepare-agenda";
    public static final String FORM_APPROVE = "events/approve";
    public static final String FORM_REVISE = "events/revise-draft";
    public static final String FORM_PARTICIPANT_LIST = "events/participant-list";
    public static final String FORM_ATTENDANCE = "events/attendance";
    public static final String FORM_FOLLOW_UP = "events/follow-up";

    private EventPlanningProcess() {
    }
}
