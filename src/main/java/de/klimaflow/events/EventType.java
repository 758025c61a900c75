package de.klimaflow.events;

/** What kind of event: a regional forum is open to the public, a network meeting is by invitation. */
public enum EventType {
    REGIONAL_FORUM,
    NETWORK_MEETING,
    OTHER
}
