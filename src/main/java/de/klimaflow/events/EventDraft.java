package de.klimaflow.events;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the event team enters for an event: the draft form's content, checked by {@link EventRules}
 * before anything is stored.
 */
public record EventDraft(EventType type, String title, String description, Long seriesId, Long regionId,
        Long venueId, EventFormat format, String videoLink, boolean invitationOnly, boolean freeOfCharge,
        Instant registrationOpensAt, Instant registrationDeadline, String contactName, String contactEmail,
        List<Part> parts) {

    /** The same draft, taking registrations only with an invitation. */
    public EventDraft byInvitationOnly() {
        return new EventDraft(type, title, description, seriesId, regionId, venueId, format, videoLink, true, freeOfCharge,
                registrationOpensAt, registrationDeadline, contactName, contactEmail, parts);
    }

    /** One session of the event. */
    public record Part(String title, String description, Instant startsAt, Instant endsAt, int capacity,
            Set<Audience> audiences) {
    }
}
