package de.klimaflow.events;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** An event as lists show it: its parts with seats taken, and whether it takes registrations right now. */
public record EventOverview(
        long id,
        String title,
        EventType type,
        EventStatus status,
        EventFormat format,
        @Nullable String venue,
        Instant registrationDeadline,
        boolean invitationOnly,
        @Nullable String description,
        @Nullable String easyLanguage,
        List<PartOverview> parts,
        boolean registrationOpen) {

    /** One part with its seats. */
    public record PartOverview(
            long id,
            String title,
            Instant startsAt,
            Instant endsAt,
            int capacity,
            long taken,
            java.util.Set<Audience> audiences,
            @Nullable String description,
            @Nullable String slot,
            @Nullable String room) {

        public long seatsLeft() {
            return Math.max(0, capacity - taken);
        }

        /** 0..100, for the capacity bar */
        public int percentTaken() {
            return capacity == 0 ? 0 : (int) Math.min(100, Math.round(100.0 * taken / capacity));
        }
    }

    /** "Abendveranstaltung, Workshoptag": the titles of these parts, in programme order. */
    public String partTitles(java.util.Collection<Long> partIds) {
        return parts.stream()
                .filter(part -> partIds.contains(part.id()))
                .map(PartOverview::title)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public Instant startsAt() {
        return parts.stream()
                .map(PartOverview::startsAt)
                .min(Instant::compareTo)
                .orElseThrow();
    }
}
