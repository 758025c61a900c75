package de.klimaflow.notification;

/** Delivery state of an {@link OutboundMail}. */
public enum MailStatus {
    /** handed to the transport right now */
    SENDING,
    /** delivered to the SMTP server, or written to the log when no server is configured */
    SENT,
    /** the last try failed; the engine will try again */
    RETRYING,
    /** no more tries: an incident in Cockpit says why */
    FAILED
}
