package de.klimaflow.registration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * A mail-out by staff to many people of one event: invitations, or a message to the participants of a
 * part. The recipients are references in a fixed order; the mailing process sends to each position.
 */
@Entity
@Table(name = "mailing")
public class Mailing {

    /** What is sent. */
    public enum Kind {
        /** personal invitations to an invitation-only event */
        INVITATION,
        /** a message from staff to everyone with a seat in a part */
        PARTICIPANTS
    }

    /** One recipient: a registration or an invitation. */
    @Embeddable
    public record Recipient(
            @Nullable Long registrationId, @Nullable Long invitationId) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long eventId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private @Nullable Long partId;
    private @Nullable String topic;
    private @Nullable String body;
    private Instant createdAt;
    private String createdBy;

    @ElementCollection
    @CollectionTable(name = "mailing_recipient", joinColumns = @JoinColumn(name = "mailing_id"))
    @OrderColumn(name = "position")
    private List<Recipient> recipients = new ArrayList<>();

    protected Mailing() {}

    Mailing(
            long eventId,
            Kind kind,
            @Nullable Long partId,
            @Nullable String topic,
            @Nullable String body,
            List<Recipient> recipients,
            Instant now,
            String createdBy) {
        this.eventId = eventId;
        this.kind = kind;
        this.partId = partId;
        this.topic = topic;
        this.body = body;
        this.recipients.addAll(recipients);
        this.createdAt = now;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public Long getEventId() {
        return eventId;
    }

    public Kind getKind() {
        return kind;
    }

    public @Nullable Long getPartId() {
        return partId;
    }

    public @Nullable String getTopic() {
        return topic;
    }

    public @Nullable String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<Recipient> getRecipients() {
        return List.copyOf(recipients);
    }
}
