package de.klimaflow.registration;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.events.EventOverview;
import de.klimaflow.events.EventService;
import de.klimaflow.events.PartSeats;

/**
 * What people and staff do with a registration once it is in: look, change, cancel, move between seat and waitlist.
 * How it comes in is {@link RegistrationIntake}'s, the process's decisions are {@link RegistrationDecisions}'. Every
 * change that the process must follow is published as a {@link RegistrationChanged} in the same transaction.
 */
@Service
@Transactional
public class RegistrationService {

    private final RegistrationRepository registrations;
    private final EventService events;
    private final Seating seating;
    private final PartSeats partSeats;
    private final PersonalLinks links;
    private final InvitationRepository invitations;
    private final RegistrationDecisions decisions;
    private final RegistrationLog log;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    RegistrationService(
            RegistrationRepository registrations,
            EventService events,
            PartSeats partSeats,
            Seating seating,
            PersonalLinks links,
            InvitationRepository invitations,
            RegistrationDecisions decisions,
            RegistrationLog log,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.registrations = registrations;
        this.events = events;
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
     * The registration behind a personal link, as its owner sees it. A link opens a registration only once its address
     * is confirmed: before that, the token that the API hands out is not told apart from one that opens nothing.
     */
    @Transactional(readOnly = true)
    public Optional<RegistrationView> view(String selfServiceToken) {
        return ownedBy(selfServiceToken).map(RegistrationView::of);
    }

    /** The registration behind a personal link, once its address is confirmed. */
    Optional<Registration> ownedBy(String selfServiceToken) {
        return links.open(selfServiceToken, RegistrationToken.Purpose.SELF_SERVICE)
                .flatMap(registrations::findById)
                .filter(registration -> registration.getStatus() != RegistrationStatus.PENDING_CONFIRMATION);
    }

    /** One registration as staff and the process see it. */
    @Transactional(readOnly = true)
    public Optional<RegistrationView> find(long registrationId) {
        return registrations.findById(registrationId).map(RegistrationView::of);
    }

    /** Cancelled through the personal link: the seats go to the next people waiting. False if the link opens nothing. */
    public boolean cancel(String selfServiceToken) {
        Optional<Registration> found = ownedBy(selfServiceToken)
                .flatMap(owned -> seating.lockedForSeatChange(owned.getId()))
                .filter(r -> r.getStatus().isActive());
        found.ifPresent(this::cancel);
        return found.isPresent();
    }

    /** Cancelled by staff (the person called): as through the personal link, and the person is told. */
    public void cancelByStaff(long registrationId) {
        seating.lockedForSeatChange(registrationId)
                .filter(r -> r.getStatus().isActive())
                .ifPresent(this::cancel);
    }

    /** Ended for an erasure: the seats go on as after a cancellation, and nobody is written to. */
    void endForErasure(long registrationId) {
        seating.lockedForSeatChange(registrationId)
                .filter(r -> r.getStatus().isActive())
                .ifPresent(registration -> end(registration, RegistrationChanged.Change.ENDED));
    }

    private void cancel(Registration registration) {
        end(registration, RegistrationChanged.Change.CANCELLED);
    }

    private void end(Registration registration, RegistrationChanged.Change change) {
        Set<Long> freed = Set.copyOf(registration.seatParts());
        registration.cancel();
        log.add(registration.getId(), RegistrationLogEntry.Kind.CANCELLED, null);
        publisher.publishEvent(new RegistrationChanged(registration.getId(), change, freed));
        seating.fillFreeSeats(freed);
    }

    /**
     * The next calendar sequence of the registration's appointments (RFC 5545 SEQUENCE): each calendar mail to the
     * person carries a larger one, so that a calendar applies a change or cancellation over what it holds.
     */
    public int nextCalendarSequence(long registrationId) {
        return registrations.findById(registrationId).orElseThrow().nextCalendarSequence();
    }

    /**
     * The person changed their parts through the personal link. Dropped seats go to the next people waiting;
     * new parts follow the seat rules again (a free seat, else the waitlist) once the registration has been
     * decided, or wait for the decision with the others. False if the link opens nothing.
     */
    public boolean changeParts(String selfServiceToken, Collection<Long> partIds) {
        Optional<Registration> found = ownedBy(selfServiceToken)
                .flatMap(owned -> seating.lockedForSeatChange(owned.getId()))
                .filter(r -> r.getStatus().isActive());
        found.ifPresent(registration -> changeParts(registration, partIds, false));
        return found.isPresent();
    }

    /** As {@link #changeParts(String, Collection)}, by staff, who decide themselves: new parts get a seat or wait. */
    public void changePartsByStaff(long registrationId, Collection<Long> partIds) {
        changeParts(
                seating.lockedForSeatChange(registrationId)
                        .filter(r -> r.getStatus().isActive())
                        .orElseThrow(),
                partIds,
                true);
    }

    /**
     * New parts of a decided registration go through the decision table (its process), with the same outcomes as a new
     * registration: a seat, the waitlist, the desk's review or a rejection, for those parts. New parts of a registration
     * not decided yet wait for that decision.
     */
    private void changeParts(Registration registration, Collection<Long> partIds, boolean byStaff) {
        EventOverview event = events.overviewOf(registration.getEventId()).orElseThrow();
        RegistrationRefused.requireParts(
                event.parts().stream().map(EventOverview.PartOverview::id).collect(Collectors.toSet()),
                event.parts().stream()
                        .filter(part -> part.slot() != null)
                        .collect(Collectors.toMap(EventOverview.PartOverview::id, EventOverview.PartOverview::slot)),
                partIds,
                java.util.Map.of());
        Set<Long> added = partIds.stream()
                .filter(id -> !registration.getPartIds().contains(id))
                .collect(Collectors.toSet());
        if (!added.isEmpty() && !event.registrationOpen()) {
            throw new RegistrationRefused(RegistrationRefused.Reason.CLOSED);
        }
        Set<Long> dropped = registration.getPartIds().stream()
                .filter(id -> !partIds.contains(id))
                .collect(Collectors.toSet());
        Set<Long> givenUp = registration.changeParts(Set.copyOf(partIds));
        log.add(registration.getId(), RegistrationLogEntry.Kind.PARTS_CHANGED, event.partTitles(partIds));
        if (!dropped.isEmpty()) {
            publisher.publishEvent(
                    new RegistrationChanged(registration.getId(), RegistrationChanged.Change.SEATS_CHANGED, dropped));
        }
        RegistrationStatus status = registration.getStatus();
        if (!added.isEmpty() && (status == RegistrationStatus.CONFIRMED || status == RegistrationStatus.WAITLISTED)) {
            if (byStaff) {
                decisions.seatOrWait(registration.getId());
            } else {
                registrations.flush();
                publisher.publishEvent(
                        new RegistrationChanged(registration.getId(), RegistrationChanged.Change.PARTS_ADDED));
            }
        }
        seating.fillFreeSeats(givenUp);
    }

    /** Every registration of an event, oldest first, for the registration desk. */
    @Transactional(readOnly = true)
    public List<RegistrationView> registrationsOf(long eventId) {
        return registrations.findByEventIdOrderByIdAsc(eventId).stream()
                .map(RegistrationView::of)
                .toList();
    }

    /** How many registrations wait for each part of the event, for the capacity picture. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Long> waitingPerPart(long eventId) {
        List<Long> partIds = events.overviewOf(eventId)
                .map(e -> e.parts().stream().map(EventOverview.PartOverview::id).toList())
                .orElse(List.of());
        java.util.Map<Long, Long> waiting = new java.util.HashMap<>();
        if (!partIds.isEmpty()) {
            registrations
                    .countByPart(partIds, PartBooking.Status.WAITING)
                    .forEach(row -> waiting.put((Long) row[0], (Long) row[1]));
        }
        return waiting;
    }

    /** The audit trail of one registration, oldest first. */
    @Transactional(readOnly = true)
    public List<RegistrationLogEntry> history(long registrationId) {
        return log.of(registrationId);
    }

    /** What a staff move between seat and waitlist did. */
    public enum Move {
        DONE,
        NO_SEAT_FREE,
        NOT_POSSIBLE
    }

    /**
     * Staff move a registration from its seat in a part to the end of that part's waitlist; the seat goes to
     * whoever waits longest. The reason is kept in the audit trail.
     */
    public Move moveToWaitlist(long registrationId, long partId, String reason) {
        Registration registration = seating.lockedForSeatChange(registrationId).orElseThrow();
        if (!registration.getStatus().isActive() || !registration.seatParts().contains(partId)) {
            return Move.NOT_POSSIBLE;
        }
        registration.moveToWaitlist(partId, clock.instant());
        log.add(registrationId, RegistrationLogEntry.Kind.MOVED_TO_WAITLIST, reason);
        publisher.publishEvent(
                new RegistrationChanged(registrationId, RegistrationChanged.Change.SEATS_CHANGED, Set.of(partId)));
        seating.fillFreeSeats(List.of(partId));
        return Move.DONE;
    }

    /** Staff give a waiting registration a seat in a part ahead of the waitlist's order, if one is free. */
    public Move moveToSeat(long registrationId, long partId, String reason) {
        Registration registration = seating.lockedForSeatChange(registrationId).orElseThrow();
        boolean waits = registration.getBookings().stream()
                .anyMatch(b -> b.partId() == partId && b.status() == PartBooking.Status.WAITING);
        if (!registration.getStatus().isActive() || !waits) {
            return Move.NOT_POSSIBLE;
        }
        if (!seating.seatIfFree(registration, partId)) {
            return Move.NO_SEAT_FREE;
        }
        log.add(registrationId, RegistrationLogEntry.Kind.MOVED_TO_SEAT, reason);
        publisher.publishEvent(new RegistrationChanged(registrationId, RegistrationChanged.Change.PROMOTED));
        return Move.DONE;
    }

    /** Staff changed a part's seats; more seats go to the people waiting longest, who are told by mail. */
    public List<Long> changeCapacity(long partId, int seats) {
        partSeats.changeCapacity(partId, seats);
        return seating.fillFreeSeats(List.of(partId));
    }

    /** "Jana Krüger · Regionalforum Wärmeplanung" for the task list. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> labels(List<Long> registrationIds) {
        List<Registration> found = registrations.findAllById(registrationIds);
        java.util.Map<Long, String> titles = events.titles(
                found.stream().map(Registration::getEventId).distinct().toList());
        return found.stream()
                .collect(Collectors.toMap(
                        Registration::getId, r -> r.getName() + " · " + titles.getOrDefault(r.getEventId(), "")));
    }
}
