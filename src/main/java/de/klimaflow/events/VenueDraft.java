package de.klimaflow.events;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What the event team enters for a venue, checked by {@link VenueRules} before anything is stored. */
public record VenueDraft(
        String name,
        String street,
        String postalCode,
        String city,
        @Nullable String accessibility,
        @Nullable String contactName,
        @Nullable String contactEmail,
        @Nullable String contactPhone,
        List<Room> rooms) {

    public record Room(String name, int capacity) {}
}
