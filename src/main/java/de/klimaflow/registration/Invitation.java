package de.klimaflow.registration;

import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import de.klimaflow.platform.MailAddresses;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A personal invitation to an invitation-only event. Its link carries a random token of which only the
 * hash is kept; each invitation mail issues a fresh one. Used once: it then points to the registration.
 */
@Entity
@Table(name = "invitation")
public class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long eventId;
    private String email;
    private @Nullable String name;
    private String language;
    private String tokenHash;
    private Instant invitedAt;
    private @Nullable String invitedBy;
    private @Nullable Long registrationId;

    protected Invitation() {}

    Invitation(
            long eventId,
            String email,
            @Nullable String name,
            Locale locale,
            String tokenHash,
            Instant now,
            @Nullable String invitedBy) {
        this.eventId = eventId;
        this.email = MailAddresses.key(email);
        this.name = name;
        this.language = locale.getLanguage();
        this.tokenHash = tokenHash;
        this.invitedAt = now;
        this.invitedBy = invitedBy;
    }

    void newToken(String hash) {
        this.tokenHash = hash;
    }

    void acceptedBy(long registration) {
        this.registrationId = registration;
    }

    public Long getId() {
        return id;
    }

    public Long getEventId() {
        return eventId;
    }

    public String getEmail() {
        return email;
    }

    public @Nullable String getName() {
        return name;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public @Nullable String getInvitedBy() {
        return invitedBy;
    }

    public @Nullable Long getRegistrationId() {
        return registrationId;
    }
}
