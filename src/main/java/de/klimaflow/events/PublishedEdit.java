package de.klimaflow.events;

import java.util.List;

/**
 * What the event team may still change once an event is public: the description, the contact person, the video link
 * of an online or hybrid event (null: unchanged), and per part the programme and the number of seats. Dates and
 * deadline go through rescheduling.
 */
public record PublishedEdit(
        String description,
        String contactName,
        String contactEmail,
        @org.jspecify.annotations.Nullable String videoLink,
        List<Part> parts) {

    public record Part(long partId, String programme, int seats) {}
}
