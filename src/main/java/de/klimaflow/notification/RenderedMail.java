package de.klimaflow.notification;

import java.util.List;
import java.util.Locale;

/** A mail ready for the transport: one-line subject, plain text, HTML, an optional .ics and other files. */
public record RenderedMail(Locale locale, String subject, String text, String html, byte[] calendar,
        List<MailAttachment> attachments) {

    public RenderedMail(Locale locale, String subject, String text, String html, byte[] calendar) {
        this(locale, subject, text, html, calendar, List.of());
    }
}
