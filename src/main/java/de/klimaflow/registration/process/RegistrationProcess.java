package de.klimaflow.registration.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import de.klimaflow.notification.MailKinds;

/** Every name that processes/registration.bpmn and registration-decision.dmn use. Business key: the registration id. */
public final class RegistrationProcess {

    public static final String PROCESS_KEY = "registration";
    public static final String DECISION_KEY = "registration-decision";

    public static final String TASK_SEND_OPT_IN = "Task_SendOptIn";
    public static final String TASK_CHECK_ADDRESS_CONFIRMED = "Task_CheckAddressConfirmed";
    public static final String TASK_EXPIRE = "Task_Expire";
    public static final String TASK_COLLECT_FACTS = "Task_CollectFacts";
    public static final String TASK_DECIDE = "Task_Decide";
    public static final String TASK_TAKE_SEATS = "Task_TakeSeats";
    public static final String TASK_WAITLIST = "Task_Waitlist";
    public static final String TASK_REJECT = "Task_Reject";
    public static final String TASK_TO_REVIEW = "Task_ToReview";
    public static final String TASK_REVIEW = "Task_Review";
    public static final String TASK_SEND_CONFIRMATION = "Task_SendConfirmation";
    public static final String TASK_SEND_WAITLISTED = "Task_SendWaitlisted";
    public static final String TASK_SEND_REJECTION = "Task_SendRejection";
    public static final String TASK_SEND_PROMOTION = "Task_SendPromotion";
    public static final String TASK_CHECK_NEW_SEATS = "Task_CheckNewSeats";
    public static final String TASK_SEND_PARTS_DECLINED = "Task_SendPartsDeclined";
    public static final String TASK_SEND_REGISTERED_AGAIN = "Task_SendRegisteredAgain";
    public static final String TASK_SEND_CHANGE = "Task_SendChange";
    public static final String TASK_SEND_CANCELLATION = "Task_SendCancellation";
    public static final String TASK_NOTE_SEATS = "Task_NoteSeats";
    public static final String EVENT_OPT_IN_EXPIRED = "Event_OptInExpired";
    public static final String EVENT_PARTS_ADDED = "Event_PartsAdded";
    public static final String GATEWAY_AWAIT_CHANGE = "Gateway_AwaitChange";

    public static final String FORM_REVIEW = "registration/review";

    public static final String MESSAGE_ADDRESS_CONFIRMED = "registration-address-confirmed";
    public static final String MESSAGE_PROMOTED = "registration-promoted";
    public static final String MESSAGE_ENDED = "registration-ended";
    public static final String MESSAGE_PARTS_ADDED = "registration-parts-added";
    public static final String MESSAGE_REGISTERED_AGAIN = "registration-registered-again";
    public static final String MESSAGE_SEATS_CHANGED = "registration-seats-changed";

    public static final String DELEGATE_EXPIRE = "expireRegistration";
    public static final String DELEGATE_CHECK_ADDRESS_CONFIRMED = "checkAddressConfirmed";
    public static final String DELEGATE_COLLECT_FACTS = "collectDecisionFacts";
    public static final String DELEGATE_TAKE_SEATS = "takeSeats";
    public static final String DELEGATE_WAITLIST = "waitlistRegistration";
    public static final String DELEGATE_REJECT = "rejectRegistration";
    public static final String DELEGATE_TO_REVIEW = "markInReview";
    public static final String DELEGATE_CHECK_NEW_SEATS = "checkForNewSeats";
    public static final String DELEGATE_NOTE_SEATS = "noteAnnouncedSeats";

    /** The decision table's answer, and the review form's: APPROVE, REVIEW, WAITLIST or REJECT. */
    public static final String VAR_DECISION = "decision";

    public static final String VAR_SEATED = "seated";
    /** the opt-in link was followed before the process waited for it; transient, only for the gateway after the check */
    public static final String VAR_ADDRESS_CONFIRMED = "addressConfirmed";
    /** how many seats the mails so far have announced; more seats than that are news to mail */
    public static final String VAR_SEATS_ANNOUNCED = "seatsAnnounced";

    public static final String VAR_NEW_SEAT = "newSeat";
    /** the person added parts to the decided registration; they go through the decision table */
    public static final String VAR_PARTS_TO_DECIDE = "partsToDecide";
    /** after a rejection: the registration keeps other parts, only the new ones were declined */
    public static final String VAR_STILL_REGISTERED = "stillRegistered";
    /** the ids of the parts a rejection declined, comma-separated, for its mail */
    public static final String VAR_DECLINED_PARTS = "declinedParts";
    /** set when the registration desk made the decision (a deliberate waitlisting stays one) */
    public static final String VAR_DECIDED_BY_DESK = "decidedByDesk";

    public static final String VAR_AUDIENCE_RULE = "audienceRule";
    public static final String VAR_ROLE = "role";
    public static final String VAR_ROLE_IN_AUDIENCE = "roleInAudience";
    public static final String VAR_REGISTRATION_OPEN = "registrationOpen";
    public static final String VAR_SEATS_LEFT = "seatsLeft";
    public static final String VAR_HAS_INVITATION = "hasInvitation";
    /** Set with the end: whether the person cancelled (or staff for them), so they are told. */
    public static final String VAR_TELL_END = "tellEnd";
    /** Set with a change or an end: the parts it concerns, as comma-separated ids, for the mail and its calendar. */
    public static final String VAR_CHANGED_PARTS = "changedParts";

    public static final String APPROVE = "APPROVE";
    public static final String REVIEW = "REVIEW";
    public static final String WAITLIST = "WAITLIST";
    public static final String REJECT = "REJECT";

    public static final String MAIL_OPT_IN = MailKinds.REGISTRATION_OPT_IN;
    public static final String MAIL_CONFIRMED = MailKinds.REGISTRATION_CONFIRMED;
    public static final String MAIL_WAITLISTED = MailKinds.REGISTRATION_WAITLISTED;
    public static final String MAIL_REJECTED = MailKinds.REGISTRATION_REJECTED;
    public static final String MAIL_PROMOTED = MailKinds.REGISTRATION_PROMOTED;
    public static final String MAIL_AGAIN = MailKinds.REGISTRATION_AGAIN;
    public static final String MAIL_CHANGED = MailKinds.REGISTRATION_CHANGED;
    public static final String MAIL_CANCELLED = MailKinds.REGISTRATION_CANCELLED;

    /** The registration a step of this process acts on. */
    public static long registrationId(DelegateExecution execution) {
        return Long.parseLong(execution.getProcessBusinessKey());
    }

    private RegistrationProcess() {}
}
