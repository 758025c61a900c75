package de.klimaflow.events;

/** Where an event takes place; online and hybrid events need a video-conference link. */
public enum EventFormat {
    ON_SITE,
    ONLINE,
    HYBRID;

    public boolean needsVenue() {
        return this != ONLINE;
    }

    public boolean needsVideoLink() {
        return this != ON_SITE;
    }
}
