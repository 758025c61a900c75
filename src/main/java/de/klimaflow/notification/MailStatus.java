package de.klimaflow.notification;

/** Delivery state of an {@link OutboundMail}. */
public enum MailStatus {
    /** part of a mail-out: rendered and waiting for the send job of its own */
    QUEUED,
    /** handed to the transport right now */
    SENDING,
    /** delivered to the SMTP server */
    SENT,
    /** no SMTP server is configured: written to the application log only, nobody received it */
    LOGGED_ONLY,
    /** the last try failed; the engine will try again */
    RETRYING,
    /** no more tries: an incident in Cockpit says why */
    FAILED,
    /** part of a mail-out that a newer one of the same kind replaced before it went out */
    SUPERSEDED;

    /** Done with: never sent again by a retry of its step. */
    public boolean isDone() {
        return this == SENT || this == LOGGED_ONLY;
    }
}
