package de.klimaflow.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.platform.PersonalTokens;

/**
 * Personal links: 256 random bits, URL-safe, handed out once (in a mail) and stored only as their
 * SHA-256, so a copy of the database opens no one's registration. A link opens one thing (opt-in or
 * self-service) until it expires.
 */
@Service
@Transactional
class PersonalLinks {

    private final RegistrationTokenRepository tokens;
    private final Clock clock;

    PersonalLinks(RegistrationTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A new token for the registration; only its hash is kept. */
    String issue(long registrationId, RegistrationToken.Purpose purpose, Instant expiresAt) {
        String token = PersonalTokens.random();
        tokens.save(new RegistrationToken(PersonalTokens.hash(token), registrationId, purpose, expiresAt));
        return token;
    }

    /**
     * A new token, committed at once in a transaction of its own: for a mail that goes out before the caller's
     * transaction ends. The outbox records a sent mail in its own transaction too, and a retry of the step does not
     * send it again; were the token rolled back with a failed step, the link in the mail that went out would be dead.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    String issueDurably(long registrationId, RegistrationToken.Purpose purpose, Instant expiresAt) {
        return issue(registrationId, purpose, expiresAt);
    }

    /** The registration the token opens for this purpose now, if any. */
    @Transactional(readOnly = true)
    Optional<Long> open(String token, RegistrationToken.Purpose purpose) {
        if (!PersonalTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return tokens.findById(PersonalTokens.hash(token))
                .filter(found -> found.opens(purpose, clock.instant()))
                .map(RegistrationToken::registrationId);
    }

    /** The event moved: its personal links now work until its new end. */
    void followEvent(long eventId, Instant eventEnd) {
        tokens.expireWithEvent(eventId, RegistrationToken.Purpose.SELF_SERVICE, eventEnd);
    }

    /** No link opens the registration any more (it expired, or its data was erased). */
    void revokeAll(long registrationId) {
        tokens.deleteByRegistrationId(registrationId);
    }
}
