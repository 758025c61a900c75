package de.klimaflow.notification;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A mail to send: the template ({@code kind}), the recipient, the values the template shows, an optional
 * calendar message (sent as an .ics invitation or cancellation), files to attach and the business entity the mail belongs to.
 */
public record MailRequest(
        String kind,
        Recipient to,
        Map<String, Object> model,
        @Nullable CalendarMessage calendar,
        String relatedType,
        String relatedId,
        List<MailAttachment> attachments) {

    public MailRequest(
            String kind,
            Recipient to,
            Map<String, Object> model,
            @Nullable CalendarMessage calendar,
            String relatedType,
            String relatedId) {
        this(kind, to, model, calendar, relatedType, relatedId, List.of());
    }

    /** This request with a one-line name and a trimmed address, as the outbox stores and sends it. */
    public MailRequest cleaned() {
        Recipient clean = new Recipient(
                de.klimaflow.platform.MailAddresses.oneLine(to.name()),
                to.email().strip(),
                to.locale());
        return new MailRequest(kind, clean, model, calendar, relatedType, relatedId, attachments);
    }
}
