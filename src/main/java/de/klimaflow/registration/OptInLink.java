package de.klimaflow.registration;

import java.time.Instant;

/** The token of an opt-in link (the double opt-in) and until when it works. */
public record OptInLink(String token, Instant validUntil) {}
