package de.klimaflow.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A logged mail as lists show it, with its text body for reading. */
public record MailSummary(
        long id,
        String kind,
        String recipientEmail,
        String recipientName,
        String language,
        String subject,
        String textBody,
        boolean hasCalendar,
        @Nullable String attachmentNames,
        @Nullable String processInstanceId,
        @Nullable String businessKey,
        String relatedType,
        String relatedId,
        MailStatus status,
        @Nullable String deliveredVia,
        int attempts,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant sentAt) {

    static MailSummary of(OutboundMail mail) {
        return new MailSummary(
                mail.getId(),
                mail.getKind(),
                mail.getRecipientEmail(),
                mail.getRecipientName(),
                mail.getLanguage(),
                mail.getSubject(),
                mail.getTextBody(),
                mail.hasCalendar(),
                mail.getAttachmentNames(),
                mail.getProcessInstanceId(),
                mail.getBusinessKey(),
                mail.getRelatedType(),
                mail.getRelatedId(),
                mail.getStatus(),
                mail.getDeliveredVia(),
                mail.getAttempts(),
                mail.getLastError(),
                mail.getCreatedAt(),
                mail.getSentAt());
    }
}
