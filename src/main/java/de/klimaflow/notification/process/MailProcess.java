package de.klimaflow.notification.process;

/** How a BPMN model sends mail: an asynchronous service task calling {@code ${sendMail}}. */
public final class MailProcess {

    /** Bean name of {@link SendMailDelegate}. */
    public static final String DELEGATE = "sendMail";
    /** Input parameter of the send task: the mail kind, e.g. "event-reminder". */
    public static final String KIND_PARAMETER = "mailKind";
    /** Retry schedule of send tasks: three tries, five minutes apart; then an incident. */
    public static final String RETRY_CYCLE = "R3/PT5M";
    /** Incident type of a mail that can never be sent (e.g. an invalid address). */
    public static final String INCIDENT_TYPE = "failedJob";

    private MailProcess() {
    }
}
