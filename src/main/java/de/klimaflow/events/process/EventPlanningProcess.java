package de.klimaflow.events.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import de.klimaflow.notification.MailKinds;

/**
 * Every name that processes/event-planning.bpmn uses: element ids, variables, the message, delegate
 * beans, form keys and mail kinds. ProcessModelRulesTest checks the model against them.
 */
public final class EventPlanningProcess {

    public static final String PROCESS_KEY = "event-planning";
    public static final String MESSAGE_CANCELLED = "EventCancelled";
    /** Staff moved the event after publication: registrants are told (non-interrupting). */
    public static final String MESSAGE_RESCHEDULED = "EventRescheduled";

    public static final String MESSAGE_VIDEO_LINK_CHANGED = "EventVideoLinkChanged";
    /** Speakers of an approved event wait for their confirmation (subprocess "Referierende bestätigen"). */
    public static final String MESSAGE_SPEAKERS_TO_CONFIRM = "EventSpeakersToConfirm";

    public static final String TASK_BOOK_VENUE = "Task_BookVenue";
    public static final String TASK_PREPARE_AGENDA = "Task_PrepareAgenda";
    public static final String TASK_APPROVE = "Task_ApproveEvent";
    public static final String TASK_REVISE = "Task_ReviseDraft";
    public static final String TASK_PUBLISH = "Task_Publish";
    public static final String TASK_COMPOSE_INVITATIONS = "Task_ComposeInvitations";
    public static final String TASK_SEND_INVITATIONS = "Task_SendInvitations";
    public static final String TASK_COMPOSE_STILL_WAITING = "Task_ComposeStillWaiting";
    public static final String TASK_COMPOSE_REMINDERS = "Task_ComposeReminders";
    public static final String TASK_COMPOSE_FOLLOW_UP = "Task_ComposeFollowUp";
    public static final String TASK_COMPOSE_CANCELLATION = "Task_ComposeCancellation";
    public static final String TASK_COMPOSE_RESCHEDULED = "Task_ComposeRescheduled";
    public static final String TASK_COMPOSE_VIDEO_LINK = "Task_ComposeVideoLink";
    public static final String TASK_NOTIFY_VIDEO_LINK = "Task_NotifyVideoLink";
    public static final String TASK_CLOSE_REGISTRATION = "Task_CloseRegistration";
    public static final String TASK_NOTIFY_STILL_WAITING = "Task_NotifyStillWaiting";
    public static final String TASK_NOTIFY_RESCHEDULED = "Task_NotifyRescheduled";
    public static final String TASK_PARTICIPANT_LIST = "Task_SendParticipantList";
    public static final String TASK_SEND_LIST_TO_VENUE = "Task_SendListToVenue";
    public static final String TASK_SEND_CATERING_ORDER = "Task_SendCateringOrder";
    public static final String TASK_SEND_REMINDERS = "Task_SendReminders";
    public static final String TASK_COMPOSE_SPEAKER_REMINDERS = "Task_ComposeSpeakerReminders";
    public static final String TASK_REMIND_SPEAKERS = "Task_RemindSpeakers";
    public static final String TASK_COMPOSE_SPEAKER_CONFIRMATIONS = "Task_ComposeSpeakerConfirmations";
    public static final String TASK_CONFIRM_SPEAKERS = "Task_ConfirmSpeakers";
    public static final String TASK_RECORD_ATTENDANCE = "Task_RecordAttendance";
    public static final String TASK_FOLLOW_UP = "Task_FollowUp";
    public static final String TASK_SEND_FOLLOW_UP = "Task_SendFollowUp";
    public static final String TASK_NOTIFY_CANCELLATION = "Task_NotifyCancellation";
    public static final String TASK_MARK_CANCELLED = "Task_MarkCancelled";
    public static final String TASK_END_REGISTRATIONS = "Task_EndRegistrations";
    public static final String TASK_ANONYMISE = "Task_Anonymise";
    public static final String TIMER_REGISTRATION_DEADLINE = "Timer_RegistrationDeadline";
    public static final String TIMER_BEFORE_EVENT = "Timer_BeforeEvent";
    public static final String TIMER_EVENT_OVER = "Timer_EventOver";
    public static final String TIMER_RETENTION = "Timer_Retention";

    /** The agenda step was completed with "the programme follows" instead of a text per part (boolean). */
    public static final String VAR_PROGRAMME_FOLLOWS = "programmeFollows";
    /** Management's decision (boolean). */
    public static final String VAR_APPROVED = "approved";
    /** Why management sent the draft back (short text, shown in the revise task). */
    public static final String VAR_SEND_BACK_REASON = "sendBackReason";
    /** Timer dates (java.util.Date), derived from the event whenever it changes. */
    public static final String VAR_REGISTRATION_DEADLINE = "registrationDeadline";

    public static final String VAR_REMINDER_AT = "reminderAt";
    public static final String VAR_EVENT_ENDS_AT = "eventEndsAt";
    public static final String VAR_RETENTION_ENDS_AT = "retentionEndsAt";
    /** Links for the thank-you mail, set by the follow-up form. */
    public static final String VAR_DOCUMENTATION_URL = "documentationUrl";

    public static final String VAR_SURVEY_URL = "surveyUrl";
    /** Whether those registered who did not come get the documentation too (the event team's choice). */
    public static final String VAR_WRITE_TO_MISSED = "writeToMissed";
    /** Why the event was cancelled (optional text for the cancellation mail). */
    public static final String VAR_CANCELLATION_REASON = "cancellationReason";

    /** Delegate beans; the registration feature provides the two steps that act on registrations. */
    public static final String DELEGATE_PUBLISH = "publishEvent";

    public static final String DELEGATE_CLOSE_REGISTRATION = "closeRegistration";
    public static final String DELEGATE_CANCEL = "cancelEvent";
    public static final String DELEGATE_END_REGISTRATIONS = "endRegistrations";
    public static final String DELEGATE_ANONYMISE_REGISTRATIONS = "anonymiseRegistrations";

    public static final String MAIL_INVITATION = MailKinds.MUNICIPALITY_INVITATION;
    public static final String MAIL_REMINDER = MailKinds.EVENT_REMINDER;
    public static final String MAIL_FOLLOW_UP = MailKinds.EVENT_FOLLOW_UP;
    public static final String MAIL_CANCELLED = MailKinds.EVENT_CANCELLED;
    public static final String MAIL_WAITLIST_CLOSED = MailKinds.WAITLIST_CLOSED;
    public static final String MAIL_RESCHEDULED = MailKinds.EVENT_RESCHEDULED;
    public static final String MAIL_VENUE_PARTICIPANT_LIST = MailKinds.VENUE_PARTICIPANT_LIST;
    public static final String MAIL_CATERING_ORDER = MailKinds.CATERING_ORDER;
    public static final String MAIL_VIDEO_LINK_CHANGED = MailKinds.EVENT_LINK_CHANGED;
    public static final String MAIL_SPEAKER_CONFIRMATION = MailKinds.SPEAKER_CONFIRMATION;
    public static final String MAIL_SPEAKER_REMINDER = MailKinds.SPEAKER_REMINDER;

    public static final String FORM_BOOK_VENUE = "events/book-venue";
    public static final String FORM_PREPARE_AGENDA = "events/prepare-agenda";
    public static final String FORM_APPROVE = "events/approve";
    public static final String FORM_REVISE = "events/revise-draft";
    public static final String FORM_PARTICIPANT_LIST = "events/participant-list";
    public static final String FORM_ATTENDANCE = "events/attendance";
    public static final String FORM_FOLLOW_UP = "events/follow-up";

    /** The event id, which every instance of the model carries as its business key. */
    public static long eventId(DelegateExecution execution) {
        return Long.parseLong(execution.getProcessBusinessKey());
    }

    private EventPlanningProcess() {}
}
