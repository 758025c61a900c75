package de.klimaflow.notification.process;

/**
 * How a BPMN model sends mail, and the constants of the mail-delivery model. One mail or a few: an
 * asynchronous service task calling {@code ${sendMail}}. A mail-out to many (participants,
 * municipalities): an asynchronous task calling {@code ${queueMails}}, which renders every mail and queues
 * it, followed by a task calling {@code ${sendQueuedMails}}, which hands the queued mails to
 * {@value #PROCESS_KEY} instances, {@value #MAILS_PER_DELIVERY} each, in the same transaction. These run on
 * every job thread at once. A mail whose recipient is bad (an invalid address, one the server refused) gets
 * an instance of its own: one incident per such recipient, and everybody else still gets their mail. Several mails per instance because an instance per mail cost
 * more engine work (start, job, history) than the send itself: 59 mails/s, against 109 with 20 per instance
 * (2 cores, see docs/benchmarks.md).
 * Separate instances, not a multi-instance step: each multi-instance child that ends loads every
 * execution of its process instance, so a mail-out of 500 cost its square and collided with itself.
 */
public final class MailProcess {

    /** The process that delivers one queued mail. */
    public static final String PROCESS_KEY = "mail-delivery";
    /** Its only task: the asynchronous send of the mails named by {@value #MAILS_VARIABLE}. */
    public static final String TASK_DELIVER_MAIL = "Task_DeliverMail";
    /** Variable of a delivery instance: the ids of the queued mails it sends, comma-separated, in queue order. */
    public static final String MAILS_VARIABLE = "mailIds";
    /** Variable of delivery instances started before they took several mails: the id of the one mail. */
    public static final String MAIL_VARIABLE = "mailId";
    /**
     * Mails per delivery instance: a mail-out of a few hundred still spreads over every job thread, and a
     * failed delivery (the SMTP server away) holds back no more than this many until its retry.
     */
    public static final int MAILS_PER_DELIVERY = 20;
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

    private MailProcess() {}
}
