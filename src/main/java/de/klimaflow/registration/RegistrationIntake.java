package de.klimaflow.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.events.PartSeats;
import de.klimaflow.events.ParticipantRole;
import de.klimaflow.events.RegistrationTerms;
import de.klimaflow.platform.MailAddresses;
import de.klimaflow.platform.PersonalTokens;

/**
 * How a registration comes in: the public form, the API and the desk's phone entry; then the double opt-in with its
 * links. What happens to it afterwards is {@link RegistrationService}'s.
 */
@Service
@Transactional
public class RegistrationIntake {

    /** How long the double opt-in link works. */
    public static final Duration OPT_IN_VALIDITY = Duration.ofHours(48);

    private final RegistrationRepository registrations;
    private final Seating seating;
    private final PartSeats partSeats;
    private final PersonalLinks links;
    private final InvitationRepository invitations;
    private final RegistrationDecisions decisions;
    private final RegistrationLog log;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    /** How long after the event its personal data stays: the person's own page (and certificate) works until then. */
    private final Duration retention;

    RegistrationIntake(
            RegistrationRepository registrations,
            Seating seating,
            PartSeats partSeats,
            PersonalLinks links,
            InvitationRepository invitations,
            RegistrationDecisions decisions,
            RegistrationLog log,
            ApplicationEventPublisher publisher,
            Clock clock,
            @Value("${klimaflow.events.retention:P180D}") Duration retention) {
        this.retention = retention;
        this.registrations = registrations;
        this.seating = seating;
        this.partSeats = partSeats;
        this.links = links;
        this.invitations = invitations;
        this.decisions = decisions;
        this.log = log;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * A public registration: stored, then waits for its double opt-in. When the address has an active registration for
     * the event already, nothing is stored and its owner gets a mail with the link to it; the caller cannot tell the two
     * apart, so the answer says nothing about whether an address is known. Returns the id of the registration that
     * holds the request: the new one, or the one the address had.
     */
    public long register(long eventId, Collection<Long> partIds, NewRegistration person) {
        return register(eventId, partIds, person, null);
    }

    /**
     * As {@link #register(long, Collection, NewRegistration)}; an invitation-only event needs the token of
     * an invitation to this event for this very address.
     */
    public long register(
            long eventId, Collection<Long> partIds, NewRegistration person, @Nullable String invitationToken) {
        return receive(openEvent(eventId), partIds, person, invitationToken)
                .registration()
                .getId();
    }

    /**
     * As {@link #register(long, Collection, NewRegistration, String)}, with the personal token for the
     * registration's own page and the registration as its owner sees it: one transaction for the public API.
     */
    public Registered registerWithToken(
            long eventId, Collection<Long> partIds, NewRegistration person, @Nullable String invitationToken) {
        RegistrationTerms terms = openEvent(eventId);
        Received received = receive(terms, partIds, person, invitationToken);
        if (!received.isNew()) {
            // the address has a registration already: an answer that looks like a new one, with a token that opens
            // nothing
            return new Registered(
                    PersonalTokens.random(),
                    RegistrationView.notStored(terms.eventId(), partIds, person, clock.instant()));
        }
        return new Registered(
                selfServiceToken(received.registration().getId(), terms), RegistrationView.of(received.registration()));
    }

    /** A new registration's personal token and the registration itself. */
    public record Registered(String selfServiceToken, RegistrationView registration) {}

    private RegistrationTerms openEvent(long eventId) {
        return partSeats
                .registrationTerms(eventId)
                .filter(RegistrationTerms::open)
                .orElseThrow(() -> new RegistrationRefused(RegistrationRefused.Reason.CLOSED));
    }

    /** The registration that holds a public request: a new one, or the one the address had (its owner is told by mail). */
    private record Received(Registration registration, boolean isNew) {}

    private Received receive(
            RegistrationTerms terms,
            Collection<Long> partIds,
            NewRegistration person,
            @Nullable String invitationToken) {
        Optional<Invitation> invitation = Optional.empty();
        if (terms.invitationOnly()) {
            invitation = Optional.ofNullable(invitationToken)
                    .filter(PersonalTokens::wellFormed)
                    .flatMap(token -> invitations.findByTokenHash(PersonalTokens.hash(token)))
                    .filter(found -> found.getEventId() == terms.eventId()
                            && found.getEmail().equals(MailAddresses.key(person.email())));
            if (invitation.isEmpty()) {
                throw new RegistrationRefused(RegistrationRefused.Reason.INVITATION_REQUIRED);
            }
        }
        RegistrationRefused.requireParts(terms.partIds(), terms.slots(), partIds, person.secondChoices());
        Optional<Registration> existing =
                registrations.findByEventIdAndActiveEmail(terms.eventId(), MailAddresses.key(person.email()));
        if (existing.isPresent()) {
            publisher.publishEvent(
                    new RegistrationChanged(existing.get().getId(), RegistrationChanged.Change.REGISTERED_AGAIN));
            return new Received(existing.get(), false);
        }
        Registration registration = create(terms, partIds, person, RegistrationStatus.PENDING_CONFIRMATION);
        invitation.ifPresent(used -> used.acceptedBy(registration.getId()));
        log.add(registration.getId(), RegistrationLogEntry.Kind.RECEIVED, null);
        if (invitation.isPresent()) {
            // the personal invitation link reached this very address: it is proven, no opt-in mail is needed
            registration.confirmAddress(clock.instant());
            log.add(registration.getId(), RegistrationLogEntry.Kind.ADDRESS_CONFIRMED, null);
        }
        publisher.publishEvent(new RegistrationChanged(registration.getId(), RegistrationChanged.Change.RECEIVED));
        return new Received(registration, true);
    }

    /** Entered by staff (a phone call, say): no opt-in, seats at once where there are some. Returns its id. */
    public long registerByStaff(long eventId, Collection<Long> partIds, NewRegistration person) {
        RegistrationTerms terms = partSeats
                .registrationTerms(eventId)
                .orElseThrow(() -> new RegistrationRefused(RegistrationRefused.Reason.CLOSED));
        RegistrationRefused.requireParts(terms.partIds(), terms.slots(), partIds, person.secondChoices());
        if (registrations
                .findByEventIdAndActiveEmail(terms.eventId(), MailAddresses.key(person.email()))
                .isPresent()) {
            throw new RegistrationRefused(RegistrationRefused.Reason.DUPLICATE); // staff are told: they asked
        }
        Registration registration = create(terms, partIds, person, RegistrationStatus.IN_REVIEW);
        log.add(registration.getId(), RegistrationLogEntry.Kind.ENTERED_BY_STAFF, null);
        decisions.seatOrWait(registration.getId());
        return registration.getId();
    }

    /** As {@link #registerByStaff}, with the person's details one by one. */
    public long registerConfirmed(
            long eventId,
            Set<Long> partIds,
            String name,
            String email,
            @Nullable String organisation,
            ParticipantRole role,
            java.util.Locale locale) {
        return registerByStaff(eventId, partIds, new NewRegistration(name, email, organisation, role, null, locale));
    }

    /** A new registration; the caller has checked its parts and that the address has no active one for the event. */
    private Registration create(
            RegistrationTerms terms, Collection<Long> partIds, NewRegistration person, RegistrationStatus status) {
        try {
            return registrations.saveAndFlush(
                    new Registration(terms.eventId(), Set.copyOf(partIds), person, status, clock.instant()));
        } catch (DataIntegrityViolationException sameMomentDuplicate) {
            throw new RegistrationRefused(RegistrationRefused.Reason.DUPLICATE);
        }
    }

    /**
     * The opt-in link of a new registration, valid for {@link #OPT_IN_VALIDITY}; for its mail, which goes out at once,
     * so the link is committed at once too (see {@link PersonalLinks#issueDurably}).
     */
    public OptInLink optInLink(long registrationId) {
        Instant validUntil = clock.instant().plus(OPT_IN_VALIDITY);
        return new OptInLink(
                links.issueDurably(registrationId, RegistrationToken.Purpose.OPT_IN, validUntil), validUntil);
    }

    /**
     * A personal link for the registration's own page, valid until the event is over; for mails queued in the
     * caller's transaction.
     */
    public String selfServiceToken(long registrationId) {
        return links.issue(registrationId, RegistrationToken.Purpose.SELF_SERVICE, selfServiceValidity(registrationId));
    }

    /** The same for a mail that goes out at once, committed at once (see {@link PersonalLinks#issueDurably}). */
    public String durableSelfServiceToken(long registrationId) {
        return links.issueDurably(
                registrationId, RegistrationToken.Purpose.SELF_SERVICE, selfServiceValidity(registrationId));
    }

    private Instant selfServiceValidity(long registrationId) {
        Registration registration = registrations.findById(registrationId).orElseThrow();
        return partSeats
                .registrationTerms(registration.getEventId())
                .map(terms -> terms.lastPartEnds().plus(retention))
                .orElseGet(clock::instant);
    }

    private String selfServiceToken(long registrationId, RegistrationTerms terms) {
        return links.issue(
                registrationId,
                RegistrationToken.Purpose.SELF_SERVICE,
                terms.lastPartEnds().plus(retention));
    }

    /**
     * The double opt-in: only the POST of the confirm page's button gets here, never a GET. Its parts are
     * locked before the registration changes, in the same order as a cancellation takes them; otherwise a
     * confirmation and a cancellation of the same person would each hold what the other waits for.
     */
    public Confirmation confirm(String optInToken) {
        Optional<Registration> found =
                links.open(optInToken, RegistrationToken.Purpose.OPT_IN).flatMap(seating::lockedForSeatChange);
        if (found.isEmpty()) {
            return Confirmation.INVALID;
        }
        Registration registration = found.get();
        if (registration.getStatus() != RegistrationStatus.PENDING_CONFIRMATION) {
            return Confirmation.ALREADY_CONFIRMED;
        }
        registration.confirmAddress(clock.instant());
        log.add(registration.getId(), RegistrationLogEntry.Kind.ADDRESS_CONFIRMED, null);
        // written before the process is told: while its opt-in step still runs, this waits for that step's end
        // (see addressConfirmed), so the process either finds the confirmation there or waits for it by then
        registrations.flush();
        publisher.publishEvent(
                new RegistrationChanged(registration.getId(), RegistrationChanged.Change.ADDRESS_CONFIRMED));
        return Confirmation.CONFIRMED;
    }

    /**
     * Whether the address was confirmed already, for the opt-in step right after its mail went out: the link may be
     * followed before that step has ended, for instance when the step failed after sending and waits for its retry.
     * The registration's row stays locked until the step ends, so a confirmation that comes meanwhile waits for the
     * process to be ready for it instead of finding it not yet waiting.
     */
    public boolean addressConfirmed(long registrationId) {
        return registrations.lockAndReadAddressConfirmed(registrationId).orElse(false);
    }

    /** As above without the lock: a send step must not hold the row its mail's fresh link is written against. */
    @Transactional(readOnly = true)
    public boolean isAddressConfirmed(long registrationId) {
        return registrations.addressConfirmed(registrationId).orElse(false);
    }

    /** The registration behind an opt-in link, for the confirm page (which only shows it; its button confirms). */
    @Transactional(readOnly = true)
    public Optional<RegistrationView> awaitingConfirmation(String optInToken) {
        return links.open(optInToken, RegistrationToken.Purpose.OPT_IN)
                .flatMap(registrations::findById)
                .map(RegistrationView::of);
    }
}
