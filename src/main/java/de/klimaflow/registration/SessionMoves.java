package de.klimaflow.registration;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.events.EventService;
import de.klimaflow.events.PartSeats;

/**
 * The registration desk moves a person from one parallel session to another of the same slot: into a free seat there,
 * with a reason kept in the history. The seat given up goes to whoever waits longest for it, and the person is told
 * by mail, with their calendar updated.
 */
@Service
@Transactional
public class SessionMoves {

    /** What a move did. */
    public enum Outcome {
        DONE,
        NO_SEAT_FREE,
        NOT_POSSIBLE
    }

    private final RegistrationRepository registrations;
    private final Seating seating;
    private final PartSeats partSeats;
    private final EventService events;
    private final RegistrationLog log;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    SessionMoves(
            RegistrationRepository registrations,
            Seating seating,
            PartSeats partSeats,
            EventService events,
            RegistrationLog log,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.registrations = registrations;
        this.seating = seating;
        this.partSeats = partSeats;
        this.events = events;
        this.log = log;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The sessions this registration's session {@code from} may move to: the others of its slot. */
    @Transactional(readOnly = true)
    public List<Long> alternatives(long registrationId, long from) {
        return sessionsBeside(
                registrations.findById(registrationId).orElseThrow().getEventId(), from);
    }

    private List<Long> sessionsBeside(long eventId, long from) {
        return partSeats
                .registrationTerms(eventId)
                .map(terms -> terms.slotOf(from)
                        .map(slot -> terms.partIds().stream()
                                .filter(part -> part != from
                                        && slot.equals(terms.slots().get(part)))
                                .sorted()
                                .toList())
                        .orElse(List.of()))
                .orElse(List.of());
    }

    /**
     * Moves the registration from session {@code from} (seated or waiting) into a free seat of session {@code to} of
     * the same slot; the reason is kept in the history.
     */
    public Outcome move(long registrationId, long from, long to, String reason) {
        // read only once the parts are locked (see Seating.lockedForSeatChange)
        Registration registration =
                seating.lockedForSeatChange(registrationId, List.of(to)).orElseThrow();
        if (!sessionsBeside(registration.getEventId(), from).contains(to)) {
            return Outcome.NOT_POSSIBLE;
        }
        PartBooking booking = registration.getBookings().stream()
                .filter(b -> b.partId() == from
                        && (b.status() == PartBooking.Status.SEAT || b.status() == PartBooking.Status.WAITING))
                .findFirst()
                .orElse(null);
        if (!registration.getStatus().isActive()
                || booking == null
                || registration.getPartIds().contains(to)) {
            return Outcome.NOT_POSSIBLE;
        }
        if (!seating.hasFreeSeat(to)) {
            return Outcome.NO_SEAT_FREE;
        }
        boolean gaveUpSeat = booking.status() == PartBooking.Status.SEAT;
        registration.replaceBooking(booking, PartBooking.seatIn(to));
        registration.seatIn(registration.seatParts(), clock.instant());
        log.add(
                registrationId,
                RegistrationLogEntry.Kind.MOVED_TO_SESSION,
                events.overviewOf(registration.getEventId())
                                .map(event -> event.partTitles(List.of(from)) + " → " + event.partTitles(List.of(to)))
                                .orElse("")
                        + ": " + reason.strip());
        publisher.publishEvent(
                new RegistrationChanged(registrationId, RegistrationChanged.Change.SEATS_CHANGED, Set.of(from)));
        if (gaveUpSeat) {
            registrations.flush();
            seating.fillFreeSeats(List.of(from));
        }
        return Outcome.DONE;
    }
}
