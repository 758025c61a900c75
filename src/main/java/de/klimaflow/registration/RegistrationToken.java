package de.klimaflow.registration;

import java.time.Instant;

import org.springframework.data.domain.Persistable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/**
 * The SHA-256 of one personal link's token; the token itself exists only in the mail. Its id is the hash, not
 * generated, so it says itself whether it is new: otherwise saving it merges, which reads the row first (one
 * select before every insert, two per registration).
 */
@Entity
@Table(name = "registration_token")
class RegistrationToken implements Persistable<String> {

    /** What a link may do. */
    enum Purpose {
        /** confirm the e-mail address (double opt-in), 48 hours */
        OPT_IN,
        /** see, change or cancel the registration, until the event is over */
        SELF_SERVICE
    }

    @Id
    private String tokenHash;

    private Long registrationId;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    private Instant expiresAt;

    @Transient
    private boolean stored;

    protected RegistrationToken() {}

    RegistrationToken(String tokenHash, long registrationId, Purpose purpose, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.registrationId = registrationId;
        this.purpose = purpose;
        this.expiresAt = expiresAt;
    }

    @Override
    public String getId() {
        return tokenHash;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        stored = true;
    }

    long registrationId() {
        return registrationId;
    }

    boolean opens(Purpose wanted, Instant now) {
        return purpose == wanted && now.isBefore(expiresAt);
    }
}
