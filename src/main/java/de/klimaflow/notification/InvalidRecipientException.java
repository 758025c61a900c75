package de.klimaflow.notification;

/** The address can never be delivered to; trying again would not help. */
public class InvalidRecipientException extends RuntimeException {

    public InvalidRecipientException(String message) {
        super(message);
    }
}
