package de.klimaflow.notification;

import org.jspecify.annotations.Nullable;

import jakarta.mail.SendFailedException;

/** The transport could not deliver the mail this time (e.g. the SMTP server is down); worth retrying. */
public class MailDeliveryException extends RuntimeException {

    public MailDeliveryException(@Nullable String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether the server refused this mail's recipient while the connection itself was fine, so other mails
     * may still go out over it; otherwise the delivery as such failed (server away, time-out).
     */
    public boolean recipientRefused() {
        for (Throwable cause = getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof SendFailedException) {
                return true;
            }
        }
        return false;
    }
}
