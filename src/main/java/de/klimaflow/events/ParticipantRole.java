package de.klimaflow.events;

/** In which role someone registers; the registration rules decide with it. */
public enum ParticipantRole {
    ELECTED_OFFICIAL,
    ADMINISTRATION,
    CLIMATE_MANAGER,
    OTHER
}
