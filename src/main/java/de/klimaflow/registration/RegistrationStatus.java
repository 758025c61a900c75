package de.klimaflow.registration;

/** Where a registration stands. */
public enum RegistrationStatus {
    /** waiting for the double opt-in */
    PENDING_CONFIRMATION,
    /** waiting for the registration desk */
    IN_REVIEW,
    CONFIRMED,
    WAITLISTED,
    REJECTED,
    /** cancelled by the person */
    CANCELLED,
    /** ended because the event was cancelled; these people get the cancellation mail */
    EVENT_CANCELLED,
    /** the opt-in link ran out */
    EXPIRED;

    /** Holds or waits for a seat: the people to write to about the event. */
    public boolean isActive() {
        return this == CONFIRMED || this == WAITLISTED || this == IN_REVIEW || this == PENDING_CONFIRMATION;
    }
}
