package de.klimaflow.notification;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** A mail ready for the transport: one-line subject, plain text, HTML, an optional .ics and other files. */
public record RenderedMail(
        Locale locale,
        String subject,
        String text,
        String html,
        byte @Nullable [] calendar,
        List<MailAttachment> attachments) {

    public RenderedMail(Locale locale, String subject, String text, String html, byte @Nullable [] calendar) {
        this(locale, subject, text, html, calendar, List.of());
    }
}
