package de.klimaflow.events;

/** Whom a part of an event is for. */
public enum Audience {
    /** council members, town and local councillors */
    ELECTED_OFFICIALS,
    /** municipal administration staff */
    ADMINISTRATION,
    /** climate-protection managers */
    CLIMATE_MANAGERS,
    /** other actors and anyone interested */
    OTHERS
}
