package de.klimaflow.registration;

/** What following an opt-in link did. */
public enum Confirmation {
    CONFIRMED,
    ALREADY_CONFIRMED,
    INVALID
}
