package de.klimaflow.events;

import java.util.List;

/**
 * What the event team may still change once an event is public: the description, the contact person,
 * and per part the programme and the number of seats. Dates and deadline go through rescheduling.
 */
public record PublishedEdit(String description, String contactName, String contactEmail, List<Part> parts) {

    public record Part(long partId, String programme, int seats) {}
}
