package de.klimaflow.notification;

import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One appointment for a calendar file. Times carry their zone (Europe/Berlin for the agency's events).
 *
 * @param uid stable across updates of the same appointment, e.g. "event-12-part-3@klimaflow"
 */
public record CalendarEntry(
        String uid,
        String summary,
        @Nullable String description,
        @Nullable String location,
        ZonedDateTime start,
        ZonedDateTime end,
        String url,
        String organizerName,
        String organizerEmail,
        @Nullable String attendeeName,
        @Nullable String attendeeEmail) {}
