package de.klimaflow.notification;

import java.util.Locale;

/** A mail ready for the transport: one-line subject, plain text, HTML and an optional .ics. */
public record RenderedMail(Locale locale, String subject, String text, String html, byte[] calendar) {
}
