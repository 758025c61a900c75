package de.klimaflow.notification;

import java.util.List;

/**
 * Every mail klimaflow writes: {@code templates/mail/<kind>.html} and {@code .txt}, texts in
 * {@code mail/messages*.properties}. The comment names the model values each template shows.
 */
public final class MailKinds {

    // registrants
    /** eventTitle, confirmUrl, validUntil (ZonedDateTime) */
    public static final String REGISTRATION_OPT_IN = "registration-opt-in";
    /** eventTitle, sessions (List of lines), eventUrl, cancelUrl; with .ics */
    public static final String REGISTRATION_CONFIRMED = "registration-confirmed";
    /** eventTitle, reason, declinedParts (List of part titles, when only parts added later were declined) */
    public static final String REGISTRATION_REJECTED = "registration-rejected";
    /** eventTitle, cancelUrl */
    public static final String REGISTRATION_WAITLISTED = "registration-waitlisted";
    /** eventTitle, sessions, cancelUrl; with .ics */
    public static final String REGISTRATION_PROMOTED = "registration-promoted";
    /** eventTitle; confirmUrl and validUntil while the address is unconfirmed, else pageUrl */
    public static final String REGISTRATION_AGAIN = "registration-again";
    /** eventTitle, sessions (still seated), nowWaiting, givenUp (part titles), cancelUrl; with a CANCEL .ics */
    public static final String REGISTRATION_CHANGED = "registration-changed";
    /** eventTitle, cancelled (part titles), eventUrl; with a CANCEL .ics when seats were held */
    public static final String REGISTRATION_CANCELLED = "registration-cancelled";
    /** eventTitle, sessions, eventUrl, cancelUrl */
    public static final String EVENT_REMINDER = "event-reminder";
    /** eventTitle, reason */
    public static final String EVENT_CANCELLED = "event-cancelled";
    /** eventTitle, sessions (the parts still waited for), cancelUrl */
    public static final String WAITLIST_CLOSED = "waitlist-closed";
    /** eventTitle, sessions, joinUrl (the new video link), cancelUrl */
    public static final String EVENT_LINK_CHANGED = "event-link-changed";
    /** eventTitle, sessions (with the new dates), eventUrl, cancelUrl */
    public static final String EVENT_RESCHEDULED = "event-rescheduled";
    /** eventTitle, sessions, deadline (ZonedDateTime), invitationUrl */
    public static final String EVENT_INVITATION = "event-invitation";
    /** eventTitle, topic, paragraphs (List of text), cancelUrl */
    public static final String PARTICIPANT_MESSAGE = "participant-message";
    /** eventTitle, attended (false: those who did not come), documentationUrl, surveyUrl; with the certificate */
    public static final String EVENT_FOLLOW_UP = "event-follow-up";
    // speakers
    /** eventTitle, itemTitle, itemStarts (ZonedDateTime), session (the part's line), eventUrl, contactName, contactEmail */
    public static final String SPEAKER_CONFIRMATION = "speaker-confirmation";
    /** the same as the confirmation */
    public static final String SPEAKER_REMINDER = "speaker-reminder";
    // staff
    /** taskName, caseLabel, due (ZonedDateTime), taskUrl */
    public static final String TASK_OVERDUE = "task-overdue";
    // venues
    /**
     * eventTitle, sessions, seats (List of "part: n" lines), accessibility (List of "part: needs counted" lines, of
     * those who did not agree to their name going with them), contactName, contactEmail; with the list as CSV
     */
    public static final String VENUE_PARTICIPANT_LIST = "venue-participant-list";
    /** eventTitle, parts (List of lines: part, date, head count, dietary notes counted), contactName, contactEmail;
     * with the same as CSV */
    public static final String CATERING_ORDER = "catering-order";
    // municipalities
    /** eventTitle, sessions, deadline (ZonedDateTime), eventUrl */
    public static final String MUNICIPALITY_INVITATION = "municipality-invitation";
    /** caseNumber, municipality, advisorName, advisorEmail (null when nobody is assigned yet) */
    public static final String CONSULTATION_RECEIVED = "consultation-received";
    /** municipality, advisorName, note, programmes (List of lines), trainings (List), checklist (List of lines) */
    public static final String CONSULTATION_INFO_PACKAGE = "consultation-info-package";
    /** municipality, contactName, contactEmail, colleagueName, colleagueMunicipality, colleagueEmail, advisorName */
    public static final String COLLEAGUE_INTRODUCTION = "colleague-introduction";
    // network
    /** knownAs (MEMBER or OPEN_REQUEST), networkUrl */
    public static final String NETWORK_JOIN_KNOWN = "network-join-known";
    /** reason, networkUrl */
    public static final String NETWORK_JOIN_DECLINED = "network-join-declined";
    /** meeting, when, deadline (ZonedDateTime), formUrl (the member's personal link) */
    public static final String CONTRIBUTION_CALL = "contribution-call";
    /** meeting, when, title */
    public static final String CONTRIBUTION_ACCEPTED = "contribution-accepted";
    /** meeting, title, reason */
    public static final String CONTRIBUTION_DECLINED = "contribution-declined";

    // accessibility
    /** page, description, replyBy (date), reply */
    public static final String ACCESSIBILITY_FEEDBACK_RECEIVED = "accessibility-feedback-received";
    /** page, description, replyBy (date), reply */
    public static final String ACCESSIBILITY_FEEDBACK_REPLY = "accessibility-feedback-reply";

    public static final List<String> ALL = List.of(
            REGISTRATION_OPT_IN,
            REGISTRATION_CONFIRMED,
            REGISTRATION_REJECTED,
            REGISTRATION_WAITLISTED,
            REGISTRATION_PROMOTED,
            REGISTRATION_AGAIN,
            REGISTRATION_CHANGED,
            REGISTRATION_CANCELLED,
            EVENT_REMINDER,
            EVENT_CANCELLED,
            WAITLIST_CLOSED,
            EVENT_RESCHEDULED,
            EVENT_LINK_CHANGED,
            EVENT_INVITATION,
            PARTICIPANT_MESSAGE,
            EVENT_FOLLOW_UP,
            SPEAKER_CONFIRMATION,
            SPEAKER_REMINDER,
            TASK_OVERDUE,
            VENUE_PARTICIPANT_LIST,
            CATERING_ORDER,
            MUNICIPALITY_INVITATION,
            CONSULTATION_INFO_PACKAGE,
            CONSULTATION_RECEIVED,
            COLLEAGUE_INTRODUCTION,
            NETWORK_JOIN_KNOWN,
            NETWORK_JOIN_DECLINED,
            CONTRIBUTION_CALL,
            CONTRIBUTION_ACCEPTED,
            CONTRIBUTION_DECLINED,
            ACCESSIBILITY_FEEDBACK_RECEIVED,
            ACCESSIBILITY_FEEDBACK_REPLY);

    private MailKinds() {}
}
