package de.klimaflow.registration;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.events.Audience;
import de.klimaflow.events.EventOverview;
import de.klimaflow.events.EventService;
import de.klimaflow.events.ParticipantRole;

/**
 * The decisions on a registration, as the steps of its process make them: the facts the decision table reads (for
 * the parts still to decide), and approve, waitlist, review, reject and expire. What people do with their registration
 * is {@link RegistrationService}'s.
 */
@Service
@Transactional
public class RegistrationDecisions {

    private final RegistrationRepository registrations;
    private final EventService events;
    private final Seating seating;
    private final PersonalLinks links;
    private final InvitationRepository invitations;
    private final RegistrationLog log;
    private final Clock clock;

    RegistrationDecisions(
            RegistrationRepository registrations,
            EventService events,
            Seating seating,
            PersonalLinks links,
            InvitationRepository invitations,
            RegistrationLog log,
            Clock clock) {
        this.registrations = registrations;
        this.events = events;
        this.seating = seating;
        this.links = links;
        this.invitations = invitations;
        this.log = log;
        this.clock = clock;
    }

    /** In how many parts the registration holds a seat now. */
    @Transactional(readOnly = true)
    public int seatCount(long registrationId) {
        return registrations
                .findById(registrationId)
                .map(r -> r.seatParts().size())
                .orElse(0);
    }

    /** Whether the person added parts that wait for a decision while the registration itself is decided. */
    @Transactional(readOnly = true)
    public boolean partsToDecide(long registrationId) {
        Registration registration = registrations.findById(registrationId).orElseThrow();
        RegistrationStatus status = registration.getStatus();
        return (status == RegistrationStatus.CONFIRMED || status == RegistrationStatus.WAITLISTED)
                && !registration.requestedParts().isEmpty();
    }

    /** What the decision table reads (small values only), for the parts still to decide. */
    public record DecisionFacts(
            String audienceRule,
            String role,
            boolean roleInAudience,
            boolean registrationOpen,
            long seatsLeft,
            boolean hasInvitation) {}

    @Transactional(readOnly = true)
    public DecisionFacts decisionFacts(long registrationId) {
        Registration registration = registrations.findById(registrationId).orElseThrow();
        EventOverview event = events.overviewOf(registration.getEventId()).orElseThrow();
        Set<Long> toDecide =
                registration.requestedParts().isEmpty() ? registration.getPartIds() : registration.requestedParts();
        List<EventOverview.PartOverview> chosen = event.parts().stream()
                .filter(part -> toDecide.contains(part.id()))
                .toList();
        Audience audience = audienceOf(registration.getRole());
        boolean inAudience = chosen.stream().allMatch(part -> part.audiences().contains(audience));
        // a parallel session that is full still has a seat for the person while their second choice has one
        Map<Long, Long> left = event.parts().stream()
                .collect(Collectors.toMap(EventOverview.PartOverview::id, EventOverview.PartOverview::seatsLeft));
        Map<Long, Long> secondChoices = registration.getBookings().stream()
                .filter(booking -> booking.secondChoice() != null)
                .collect(Collectors.toMap(PartBooking::partId, PartBooking::secondChoice));
        long seatsLeft = chosen.stream()
                .mapToLong(part -> Math.max(
                        part.seatsLeft(),
                        Optional.ofNullable(secondChoices.get(part.id()))
                                .map(second -> left.getOrDefault(second, 0L))
                                .orElse(0L)))
                .min()
                .orElse(0);
        return new DecisionFacts(
                event.invitationOnly() ? "INVITATION" : "OPEN",
                registration.getRole().name(),
                inAudience,
                event.registrationOpen(),
                seatsLeft,
                invitations.existsByRegistrationId(registrationId));
    }

    static Audience audienceOf(ParticipantRole role) {
        return switch (role) {
            case ELECTED_OFFICIAL -> Audience.ELECTED_OFFICIALS;
            case ADMINISTRATION -> Audience.ADMINISTRATION;
            case CLIMATE_MANAGER -> Audience.CLIMATE_MANAGERS;
            case OTHER -> Audience.OTHERS;
        };
    }

    /** The rules (or the desk) approved: seats where there are some; true if a part being decided got one. */
    public boolean approve(long registrationId) {
        Set<Long> deciding =
                registrations.findById(registrationId).orElseThrow().requestedParts();
        boolean anySeat = seatOrWait(registrationId);
        // parts added later: their own outcome decides the mail (a seat held from before is no news)
        // a seat in a second choice counts for the first choice it stands in for
        return deciding.isEmpty()
                ? anySeat
                : registrations.findById(registrationId).orElseThrow().getBookings().stream()
                        .filter(booking -> booking.status() == PartBooking.Status.SEAT)
                        .anyMatch(booking -> deciding.contains(booking.partId())
                                || (booking.insteadOf() != null && deciding.contains(booking.insteadOf())));
    }

    /** Seats where there are some, the waitlist in the other parts; true if any seat was taken. */
    boolean seatOrWait(long registrationId) {
        boolean seated = seating.seat(registrationId);
        log.add(registrationId, seated ? RegistrationLogEntry.Kind.SEATED : RegistrationLogEntry.Kind.WAITLISTED, null);
        return seated;
    }

    /** On the waitlist: by the desk's choice, or (byRules) because the rules saw no seat left. */
    public void waitlist(long registrationId, boolean byRules) {
        if (byRules) {
            seating.waitlistForLackOfSeats(registrationId);
        } else {
            seating.waitlist(registrationId);
        }
        log.add(registrationId, RegistrationLogEntry.Kind.WAITLISTED, null);
    }

    public void toReview(long registrationId) {
        Registration registration = registrations.findById(registrationId).orElseThrow();
        registration.toReview();
        log.add(
                registrationId,
                RegistrationLogEntry.Kind.IN_REVIEW,
                partTitles(registration.requestedParts(), registration.getEventId()));
    }

    /** The registration desk's reason for its decision, kept with the registration (a rejection mails it). */
    public void noteDecisionReason(long registrationId, @Nullable String reason) {
        registrations.findById(registrationId).orElseThrow().noteReason(reason);
    }

    /**
     * Rejected, by the rules or by the desk (with the reason noted before). A registration that holds or waits for other
     * parts keeps them, and only the parts still to decide are dropped; otherwise the registration ends. Returns the
     * parts dropped that way, empty when the whole registration was rejected.
     */
    public List<Long> reject(long registrationId) {
        Registration registration = registrations.findById(registrationId).orElseThrow();
        if (!registration.getStatus().isActive()) {
            return List.of();
        }
        Set<Long> declined = registration.requestedParts();
        if (declined.size() < registration.getPartIds().size() && !declined.isEmpty()) {
            registration.changeParts(registration.getPartIds().stream()
                    .filter(id -> !declined.contains(id))
                    .collect(Collectors.toSet()));
            log.add(
                    registrationId,
                    RegistrationLogEntry.Kind.REJECTED,
                    partTitles(declined, registration.getEventId())
                            + registration
                                    .decisionReason()
                                    .map(reason -> ": " + reason)
                                    .orElse(""));
            return List.copyOf(declined);
        }
        registration.end(RegistrationStatus.REJECTED);
        log.add(
                registrationId,
                RegistrationLogEntry.Kind.REJECTED,
                registration.decisionReason().orElse(null));
        return List.of();
    }

    private String partTitles(Collection<Long> partIds, long eventId) {
        return events.overviewOf(eventId)
                .map(event -> event.partTitles(partIds))
                .orElse("");
    }

    /** The opt-in link ran out: the person's data goes, no seat was ever held. */
    public void expire(long registrationId) {
        Registration registration = registrations.findById(registrationId).orElseThrow();
        if (registration.getStatus() == RegistrationStatus.PENDING_CONFIRMATION) {
            registration.expire(clock.instant());
            links.revokeAll(registrationId);
            log.add(registrationId, RegistrationLogEntry.Kind.EXPIRED, null);
        }
    }
}
