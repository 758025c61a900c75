package de.klimaflow.events;

import java.time.Instant;

/**
 * The dates of an event that its planning process waits for. {@link EventService} publishes it as a
 * Spring application event whenever an event is created or changed, so the process side can start the
 * planning process and move its timers without the domain knowing the engine.
 *
 * @param created true for a new event, false for a change of an existing one
 */
public record EventSchedule(
        long eventId, boolean created, Instant registrationDeadline, Instant startsAt, Instant endsAt) {

    static EventSchedule of(Event event, boolean created) {
        return new EventSchedule(
                event.getId(), created, event.getRegistrationDeadline(), event.startsAt(), event.endsAt());
    }
}
