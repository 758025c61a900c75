package de.klimaflow.notification.process;

/**
 * How a BPMN model sends mail, and the constants of the mail-delivery model. One mail or a few: an
 * asynchronous service task calling {@code ${sendMail}}. A mail-out to many (participants,
 * municipalities): an asynchronous task calling {@code ${queueMails}}, which renders every mail and queues
 * it, followed by a task calling {@code ${sendQueuedMails}}, which starts one {@value #PROCESS_KEY}
 * instance per queued mail in the same transaction. So every recipient has a send job of their own: a bad
 * address is one incident, and the others go out on every job thread at once. Separate instances, not a
 * multi-instance step: each multi-instance child that ends loads every execution of its process instance
 * and updates the loop's counters, so a mail-out of 500 cost its square and collided with itself.
 */
public final class MailProcess {

    /** The process that delivers one queued mail. */
    public static final String PROCESS_KEY = "mail-delivery";
    /** Its only task: the asynchronous send of the mail named by {@value #MAIL_VARIABLE}. */
    public static final String TASK_DELIVER_MAIL = "Task_DeliverMail";
    /** Variable of a delivery instance: the id of the queued mail it sends. */
    public static final String MAIL_VARIABLE = "mailId";
    /** Bean name of {@link SendMailDelegate}. */
    public static final String DELEGATE = "sendMail";
    /** Bean name of the step that renders and queues a mail-out. */
    public static final String QUEUE_DELEGATE = "queueMails";
    /** Bean name of the step that hands every queued mail of a mail-out to a delivery instance of its own. */
    public static final String SEND_QUEUED_DELEGATE = "sendQueuedMails";
    /** Bean name of the delivery instance's send step. */
    public static final String DELIVER_DELEGATE = "deliverQueuedMail";
    /** Input parameter of the send task: the mail kind, e.g. "event-reminder". */
    public static final String KIND_PARAMETER = "mailKind";
    /** Retry schedule of send tasks: three tries, five minutes apart; then an incident. */
    public static final String RETRY_CYCLE = "R3/PT5M";
    /** Incident type of a mail that can never be sent (e.g. an invalid address). */
    public static final String INCIDENT_TYPE = "failedJob";

    private MailProcess() {
    }
}
