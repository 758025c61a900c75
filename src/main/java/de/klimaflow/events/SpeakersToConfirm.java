package de.klimaflow.events;

/** Speakers of an approved event wait for their confirmation; the planning process sends it. */
public record SpeakersToConfirm(long eventId) {}
