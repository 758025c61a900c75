package de.klimaflow.events;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.platform.Formats;
import de.klimaflow.security.CurrentUser;
import de.klimaflow.security.Groups;

/** Who came: check-in at the door, and from when an event counts as begun. */
@Service
@Transactional
public class CheckIns {

    private final EventRepository events;
    private final EventRegistrations registrations;
    private final CurrentUser currentUser;
    private final Clock clock;

    CheckIns(EventRepository events, EventRegistrations registrations, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Check-in is open from the (Berlin) day the event starts; before that only as a logged exception. */
    @Transactional(readOnly = true)
    public boolean checkInOpen(long eventId) {
        return !clock.instant()
                .atZone(Formats.ZONE)
                .toLocalDate()
                .isBefore(event(eventId).startsAt().atZone(Formats.ZONE).toLocalDate());
    }

    /** Whether the event has begun (attendance certificates exist only from then on). */
    @Transactional(readOnly = true)
    public boolean hasStarted(long eventId) {
        return !clock.instant().isBefore(event(eventId).startsAt());
    }

    /**
     * Check-in at the door of one part, from the event's day on. Before it only the event team may check someone
     * in, as an exception with a reason that the registration's history keeps, as it keeps the part.
     */
    public void checkIn(long eventId, long partId, long registrationId, boolean present, @Nullable String earlyReason) {
        Event event = event(eventId);
        EventPart part = event.getParts().stream()
                .filter(p -> p.getId() == partId)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no part " + partId + " in event " + eventId));
        String note = part.getTitle();
        if (!checkInOpen(eventId)) {
            String reason = earlyReason == null ? "" : earlyReason.strip();
            if (!currentUser.isIn(Groups.EVENT_TEAM) || reason.isEmpty() || reason.length() > 500) {
                throw new IllegalStateException(
                        "check-in opens on the day of the event; before, only the event team with a reason");
            }
            note += ", vor dem Veranstaltungstag: " + reason;
        }
        registrations.markAttended(eventId, registrationId, partId, present, note);
    }

    private Event event(long eventId) {
        return events.findById(eventId).orElseThrow(() -> new IllegalArgumentException("no event " + eventId));
    }
}
