package de.klimaflow.events;

/** Where an event stands; the event-planning process moves it along. */
public enum EventStatus {
    DRAFT,
    PUBLISHED,
    REGISTRATION_CLOSED,
    TAKEN_PLACE,
    COMPLETED,
    CANCELLED;

    /** Events that still lie ahead: their venue's rooms must keep seating them. */
    public static final java.util.List<EventStatus> PLANNED = java.util.List.of(DRAFT, PUBLISHED, REGISTRATION_CLOSED);

    public boolean isPublic() {
        return this == PUBLISHED || this == REGISTRATION_CLOSED || this == TAKEN_PLACE || this == COMPLETED;
    }
}
