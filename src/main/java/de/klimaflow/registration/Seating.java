package de.klimaflow.registration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.events.PartSeats;
import de.klimaflow.events.SeatsAdded;

/**
 * Seats and waitlists, per part. Every change locks the parts' rows first ({@link PartSeats#lockSeats}),
 * always in id order, then counts and books: two confirmations for the last seat of a part run one after
 * the other, and the second one waits. Freed seats go to the longest-waiting registrations of that part.
 */
@Service
@Transactional
public class Seating {

    private final RegistrationRepository registrations;
    private final PartSeats seats;
    private final RegistrationLog log;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    Seating(
            RegistrationRepository registrations,
            PartSeats seats,
            RegistrationLog log,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.registrations = registrations;
        this.seats = seats;
        this.log = log;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Seats in every requested part that has one left; for a parallel session that has none, its second choice
     * while that has one; the waitlist of the first choice otherwise. True if any seat was taken.
     */
    public boolean seat(long registrationId) {
        Registration registration = registrations.findById(registrationId).orElseThrow();
        Set<Long> involved = new HashSet<>(registration.getPartIds());
        registration.getBookings().stream()
                .map(PartBooking::secondChoice)
                .filter(Objects::nonNull)
                .forEach(involved::add);
        Map<Long, Integer> capacity = seats.lockSeats(involved);
        Map<Long, Long> taken = taken(capacity.keySet());
        Predicate<Long> free = part -> taken.getOrDefault(part, 0L) < capacity.getOrDefault(part, 0);
        Set<Long> seats = new HashSet<>(registration.seatParts());
        for (PartBooking booking : registration.getBookings()) {
            Long second = booking.secondChoice();
            if (seats.contains(booking.partId())) {
                continue;
            }
            if (free.test(booking.partId())) {
                seats.add(booking.partId());
            } else if (second != null
                    && booking.status() == PartBooking.Status.REQUESTED
                    && !registration.getPartIds().contains(second)
                    && free.test(second)) {
                registration.replaceBooking(booking, booking.secondChoiceSeated());
                seats.add(second);
            }
        }
        registration.seatIn(seats, clock.instant());
        return !registration.seatParts().isEmpty();
    }

    /** A seat in this part for this registration (staff's choice, ahead of the waitlist), if one is free. */
    boolean seatIfFree(Registration registration, long partId) {
        if (!hasFreeSeat(partId)) {
            return false;
        }
        Set<Long> seats = new HashSet<>(registration.seatParts());
        seats.add(partId);
        registration.seatIn(seats, clock.instant());
        return true;
    }

    /** Every requested part on the waitlist (the rules said so), in the order of arrival. */
    public void waitlist(long registrationId) {
        Registration registration = registrations.findById(registrationId).orElseThrow();
        seats.lockSeats(registration.getPartIds());
        registration.seatIn(Set.of(), clock.instant());
    }

    /**
     * On the waitlist because the rules saw no seat left a moment ago; a seat freed since then goes to whoever
     * waits longest, so it never stays empty while people wait.
     */
    public void waitlistForLackOfSeats(long registrationId) {
        waitlist(registrationId);
        registrations.flush();
        fillFreeSeats(registrations.partIdsOf(registrationId));
    }

    /** The event team gave parts of a public event more seats: they go to the waiting list at once. */
    @EventListener
    void seatsAdded(SeatsAdded added) {
        fillFreeSeats(added.partIds());
    }

    /**
     * Gives the free seats of these parts to the registrations that wait longest for them; each promoted
     * registration is announced (its process sends the mail). Returns the promoted registrations.
     */
    public List<Long> fillFreeSeats(Collection<Long> partIds) {
        Map<Long, Integer> capacity = seats.lockSeats(partIds);
        Map<Long, Long> taken = taken(capacity.keySet());
        List<Long> promoted = new ArrayList<>();
        for (Map.Entry<Long, Integer> part : capacity.entrySet()) {
            long free = part.getValue() - taken.getOrDefault(part.getKey(), 0L);
            if (free <= 0) {
                continue;
            }
            for (Registration waiting : registrations.inPart(part.getKey(), PartBooking.Status.WAITING)) {
                if (free-- <= 0) {
                    break;
                }
                Set<Long> seats = new HashSet<>(waiting.seatParts());
                seats.add(part.getKey());
                waiting.seatIn(seats, clock.instant());
                if (!promoted.contains(waiting.getId())) {
                    promoted.add(waiting.getId());
                }
            }
        }
        promoted.forEach(id -> {
            log.add(id, RegistrationLogEntry.Kind.PROMOTED, null);
            publisher.publishEvent(new RegistrationChanged(id, RegistrationChanged.Change.PROMOTED));
        });
        return promoted;
    }

    private Map<Long, Long> taken(Collection<Long> partIds) {
        Map<Long, Long> taken = new HashMap<>();
        if (!partIds.isEmpty()) {
            for (Object[] row : registrations.countByPart(partIds, PartBooking.Status.SEAT)) {
                taken.put((Long) row[0], (Long) row[1]);
            }
        }
        return taken;
    }

    /**
     * The registration, read only after its parts are locked: a promotion running at the same moment has
     * then either finished (and is seen) or waits, so the two never overwrite each other.
     */
    Optional<Registration> lockedForSeatChange(long registrationId) {
        return lockedForSeatChange(registrationId, List.of());
    }

    /** As above, with other parts locked too, in the same id order. */
    Optional<Registration> lockedForSeatChange(long registrationId, Collection<Long> otherParts) {
        Set<Long> parts = new HashSet<>(registrations.partIdsOf(registrationId));
        parts.addAll(otherParts);
        seats.lockSeats(parts);
        return registrations.findById(registrationId);
    }

    /** Whether the part has a seat nobody holds; locks the part (again) first. */
    boolean hasFreeSeat(long partId) {
        Map<Long, Integer> capacity = seats.lockSeats(List.of(partId));
        return taken(List.of(partId)).getOrDefault(partId, 0L) < capacity.getOrDefault(partId, 0);
    }
}
