package de.klimaflow.registration;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The SHA-256 of one personal link's token; the token itself exists only in the mail. */
@Entity
@Table(name = "registration_token")
class RegistrationToken {

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

    protected RegistrationToken() {
    }

    RegistrationToken(String tokenHash, long registrationId, Purpose purpose, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.registrationId = registrationId;
        this.purpose = purpose;
        this.expiresAt = expiresAt;
    }

    long registrationId() {
        return registrationId;
    }

    boolean opens(Purpose wanted, Instant now) {
        return purpose == wanted && now.isBefore(expiresAt);
    }
}
