package de.klimaflow.notification;

/** The transport could not deliver the mail this time (e.g. the SMTP server is down); worth retrying. */
public class MailDeliveryException extends RuntimeException {

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
