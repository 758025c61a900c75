package de.klimaflow.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import de.klimaflow.platform.Links;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One mail: what was (or is to be) sent to whom, for which process and entity, and how delivery went. */
@Entity
@Table(name = "outbound_mail")
public class OutboundMail {

    static final String BLANKED = "(nach Ablauf der Speicherfrist entfernt)";
    static final String ERASED = "[gelöscht]";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String kind;
    private String recipientEmail;
    private String recipientName;
    private String language;
    private String subject;
    private String textBody;
    private String htmlBody;
    private boolean hasCalendar;
    private byte @Nullable [] calendarIcs;
    private @Nullable String batchKey;
    private @Nullable Integer batchPosition;
    private @Nullable String attachmentNames;
    private @Nullable String processInstanceId;
    private @Nullable String executionId;
    private @Nullable String activityId;
    private @Nullable String stepKey;
    private @Nullable String businessKey;
    private String relatedType;
    private String relatedId;

    @Enumerated(EnumType.STRING)
    private MailStatus status;

    private @Nullable String deliveredVia;
    private int attempts;
    private @Nullable String lastError;
    private Instant createdAt;
    private @Nullable Instant sentAt;
    private @Nullable Instant attemptedAt;

    @Version
    private long version;

    protected OutboundMail() {}

    OutboundMail(MailRequest request, RenderedMail rendered, MailOrigin origin, Instant now) {
        this.kind = request.kind();
        this.recipientEmail = cap(request.to().email(), 254);
        this.recipientName = cap(request.to().name(), 200);
        this.language = rendered.locale().getLanguage();
        this.subject = cap(rendered.subject(), 500);
        this.textBody = Links.withoutPersonalTokens(rendered.text());
        this.htmlBody = Links.withoutPersonalTokens(rendered.html());
        this.hasCalendar = rendered.calendar() != null;
        this.attachmentNames = rendered.attachments().isEmpty()
                ? null
                : cap(
                        rendered.attachments().stream()
                                .map(MailAttachment::fileName)
                                .collect(java.util.stream.Collectors.joining(", ")),
                        500);
        this.processInstanceId = origin.processInstanceId();
        this.executionId = origin.executionId();
        this.activityId = origin.activityId();
        this.stepKey = origin.stepKey();
        this.businessKey = origin.businessKey();
        this.relatedType = request.relatedType();
        this.relatedId = request.relatedId();
        this.status = MailStatus.SENDING;
        this.createdAt = now;
    }

    /** A mail of a mail-out, rendered now and sent later by the job of its position in the batch. */
    static OutboundMail queued(
            MailRequest request, RenderedMail rendered, MailOrigin origin, Instant now, String batchKey, int position) {
        OutboundMail mail = new OutboundMail(request, rendered, origin, now);
        mail.status = MailStatus.QUEUED;
        mail.calendarIcs = rendered.calendar();
        mail.batchKey = batchKey;
        mail.batchPosition = position;
        return mail;
    }

    /** What the transport needs to send a queued mail again, exactly as it was rendered. */
    /** The kinds of personal link this stored mail holds back; each try needs fresh tokens for them. */
    java.util.Set<Links.PersonalLink> linksHeldBack() {
        java.util.Set<Links.PersonalLink> kinds = java.util.EnumSet.noneOf(Links.PersonalLink.class);
        kinds.addAll(Links.personalLinksHeldBack(textBody));
        kinds.addAll(Links.personalLinksHeldBack(htmlBody));
        return kinds;
    }

    RenderedMail rendered() {
        return new RenderedMail(java.util.Locale.forLanguageTag(language), subject, textBody, htmlBody, calendarIcs);
    }

    Recipient recipient() {
        return new Recipient(recipientName, recipientEmail, java.util.Locale.forLanguageTag(language));
    }

    /** A queued mail composed again from corrected data, before its next try. */
    void replaceWith(MailRequest request, RenderedMail rendered) {
        recipientEmail = cap(request.to().email(), 254);
        recipientName = cap(request.to().name(), 200);
        language = rendered.locale().getLanguage();
        subject = cap(rendered.subject(), 500);
        textBody = Links.withoutPersonalTokens(rendered.text());
        htmlBody = Links.withoutPersonalTokens(rendered.html());
        hasCalendar = rendered.calendar() != null;
        calendarIcs = rendered.calendar();
    }

    /** The send job of a queued mail takes it over, so that its incident and its retries find the entry. */
    void takenOverBy(MailOrigin origin) {
        executionId = origin.executionId();
        activityId = origin.activityId();
    }

    /** Erasure on request: who it went to and what it said are gone; kind, status and dates stay for the counts. */
    void erase() {
        recipientEmail = ERASED;
        recipientName = ERASED;
        subject = ERASED;
        textBody = ERASED;
        htmlBody = ERASED;
        calendarIcs = null;
        lastError = null;
    }

    /**
     * The left part of the mail's Message-ID, the same for every try: a mail sent twice (the server took it,
     * then the answer was lost) carries the same Message-ID both times, and mail programs show it once. The
     * creation time keeps it unique when a new database numbers its mails from 1 again.
     */
    String messageKey() {
        return "outbox." + id + "." + createdAt.toEpochMilli();
    }

    void attempt(Instant now) {
        status = MailStatus.SENDING;
        attempts++;
        attemptedAt = now;
    }

    /**
     * Whether a try that began after {@code since} may still be sending this mail. A job runs twice when its
     * lock ran out while it was still running (a node slowed down, say) and another node took it over; both tries
     * must not send.
     */
    boolean sendingSince(Instant since) {
        return status == MailStatus.SENDING && attemptedAt != null && attemptedAt.isAfter(since);
    }

    /** The status of a mail the transport took, by how it went ({@link OutboundMailRepository#markSent}). */
    static MailStatus deliveredStatus(String via) {
        return MailTransport.LOG.equals(via) ? MailStatus.LOGGED_ONLY : MailStatus.SENT;
    }

    void failed(MailStatus newStatus, @Nullable String error) {
        status = newStatus;
        lastError = error == null ? null : cap(error, 2000);
    }

    private static String cap(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    @Nullable
    String getBatchKey() {
        return batchKey;
    }

    public String getKind() {
        return kind;
    }

    public String getRecipientEmail() {
        return recipientEmail;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    /** "teilnehmerliste-12.csv", or null when nothing was attached (the .ics aside). */
    public @Nullable String getAttachmentNames() {
        return attachmentNames;
    }

    public boolean hasCalendar() {
        return hasCalendar;
    }

    public @Nullable String getProcessInstanceId() {
        return processInstanceId;
    }

    public @Nullable String getBusinessKey() {
        return businessKey;
    }

    public String getRelatedType() {
        return relatedType;
    }

    public String getRelatedId() {
        return relatedId;
    }

    public MailStatus getStatus() {
        return status;
    }

    public @Nullable String getDeliveredVia() {
        return deliveredVia;
    }

    public int getAttempts() {
        return attempts;
    }

    public @Nullable String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getSentAt() {
        return sentAt;
    }
}
