package de.klimaflow.events;

/** An event went public and opened registration; published inside that transaction (the network invites its members). */
public record EventPublished(long eventId, EventType type) {}
