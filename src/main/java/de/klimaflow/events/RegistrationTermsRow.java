package de.klimaflow.events;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One row of {@link EventRepository#findRegistrationTermsRows}: the event's fields that decide whether it takes
 * registrations, and one of its parts ({@code null} for an event without parts).
 */
record RegistrationTermsRow(
        long eventId,
        boolean invitationOnly,
        EventStatus status,
        @Nullable Instant registrationOpensAt,
        Instant registrationDeadline,
        @Nullable Long partId,
        @Nullable Instant partEndsAt,
        @Nullable String partSlot) {}
