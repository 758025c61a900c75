package de.klimaflow.events;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the event team enters for an event: the draft form's content, checked by {@link EventRules}
 * before anything is stored.
 */
public record EventDraft(
        EventType type,
        String title,
        @Nullable String description,
        @Nullable Long seriesId,
        @Nullable Long regionId,
        @Nullable Long venueId,
        EventFormat format,
        @Nullable String videoLink,
        boolean invitationOnly,
        boolean freeOfCharge,
        @Nullable Instant registrationOpensAt,
        @Nullable Instant registrationDeadline,
        @Nullable String contactName,
        @Nullable String contactEmail,
        List<Part> parts) {

    /** The same draft, taking registrations only with an invitation. */
    public EventDraft byInvitationOnly() {
        return new EventDraft(
                type,
                title,
                description,
                seriesId,
                regionId,
                venueId,
                format,
                videoLink,
                true,
                freeOfCharge,
                registrationOpensAt,
                registrationDeadline,
                contactName,
                contactEmail,
                parts);
    }

    /**
     * One part of the event. Parts with the same {@code slot} are parallel sessions: they run at the same time, each
     * in its own {@code room} of the venue, and a person takes one of them.
     */
    public record Part(
            String title,
            @Nullable String description,
            @Nullable Instant startsAt,
            @Nullable Instant endsAt,
            int capacity,
            Set<Audience> audiences,
            @Nullable String slot,
            @Nullable String room) {

        /** A part on its own, not one of parallel sessions. */
        public Part(
                String title,
                @Nullable String description,
                @Nullable Instant startsAt,
                @Nullable Instant endsAt,
                int capacity,
                Set<Audience> audiences) {
            this(title, description, startsAt, endsAt, capacity, audiences, null, null);
        }
    }
}
