package de.klimaflow.notification.process;

/**
 * How a BPMN model sends mail. One mail or a few: an asynchronous service task calling {@code ${sendMail}}.
 * A mail-out to many (participants, municipalities): a task calling {@code ${queueMails}}, which renders
 * every mail and queues it, followed by a parallel multi-instance task calling {@code ${sendQueuedMail}}
 * over {@code ${mailCount}} with a non-exclusive job before each instance, so every recipient has a send
 * job of their own: a bad address is one incident, and the others go out on every thread at once.
 */
public final class MailProcess {

    /** Bean name of {@link SendMailDelegate}. */
    public static final String DELEGATE = "sendMail";
    /** Bean name of the step that renders and queues a mail-out. */
    public static final String QUEUE_DELEGATE = "queueMails";
    /** Bean name of the step that sends the queued mail at its multi-instance position. */
    public static final String SEND_QUEUED_DELEGATE = "sendQueuedMail";
    /** Variable the queue step sets: the number of queued mails, the send step's loop cardinality. */
    public static final String COUNT_VARIABLE = "mailCount";
    /** The engine's multi-instance position variable. */
    public static final String LOOP_COUNTER = "loopCounter";
    /** Input parameter of the send task: the mail kind, e.g. "event-reminder". */
    public static final String KIND_PARAMETER = "mailKind";
    /** Retry schedule of send tasks: three tries, five minutes apart; then an incident. */
    public static final String RETRY_CYCLE = "R3/PT5M";
    /** Incident type of a mail that can never be sent (e.g. an invalid address). */
    public static final String INCIDENT_TYPE = "failedJob";

    private MailProcess() {
    }
}
