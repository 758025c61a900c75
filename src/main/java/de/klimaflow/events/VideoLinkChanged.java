package de.klimaflow.events;

/** A published event's video link changed; its planning process tells everyone with a seat. */
public record VideoLinkChanged(long eventId) {}
