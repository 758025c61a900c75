package de.klimaflow.events;

/** Where an event stands; the event-planning process moves it along. */
public enum EventStatus {
    DRAFT, PUBLISHED, REGISTRATION_CLOSED, TAKEN_PLACE, COMPLETED, CANCELLED;

    public boolean isPublic() {
        return this == PUBLISHED || this == REGISTRATION_CLOSED || this == TAKEN_PLACE || this == COMPLETED;
    }
}
