package de.klimaflow.registration.process;

import de.klimaflow.notification.MailKinds;

/** Every name that processes/registration-mailing.bpmn uses. Business key: the mailing id. */
public final class RegistrationMailingProcess {

    public static final String PROCESS_KEY = "registration-mailing";

    public static final String TASK_SEND_INVITATION = "Task_SendInvitation";
    public static final String TASK_SEND_PARTICIPANT_MESSAGE = "Task_SendParticipantMessage";

    /** INVITATION or PARTICIPANTS (the mailing's kind). */
    public static final String VAR_KIND = "mailingKind";
    /** How many recipients: one send job each. */
    public static final String VAR_RECIPIENTS = "recipients";
    /** Set by the engine on each send of the loop: the recipient's position in the mailing. */
    public static final String VAR_LOOP_COUNTER = "loopCounter";

    public static final String MAIL_INVITATION = MailKinds.EVENT_INVITATION;
    public static final String MAIL_PARTICIPANT_MESSAGE = MailKinds.PARTICIPANT_MESSAGE;

    private RegistrationMailingProcess() {}
}
