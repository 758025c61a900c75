package de.klimaflow.events;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seats of an event's parts, as registration takes them: the terms a registration is checked against, and the
 * parts' rows locked while seats are counted and taken, or a part's seats changed. Every change of seats goes through
 * these locks, in id order, so a part is never over-booked.
 */
@Service
@Transactional
public class PartSeats {

    private final EventRepository events;
    private final EventRegistrations registrations;
    private final EventHistory history;
    private final Clock clock;

    PartSeats(EventRepository events, EventRegistrations registrations, EventHistory history, Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.history = history;
        this.clock = clock;
    }

    /** What a new registration for the event is checked against, in one statement. */
    @Transactional(readOnly = true)
    public Optional<RegistrationTerms> registrationTerms(long eventId) {
        List<RegistrationTermsRow> rows = events.findRegistrationTermsRows(eventId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        RegistrationTermsRow event = rows.get(0);
        return Optional.of(new RegistrationTerms(
                event.eventId(),
                event.invitationOnly(),
                EventService.acceptsRegistrations(
                        event.status(), event.registrationOpensAt(), event.registrationDeadline(), clock.instant()),
                rows.stream()
                        .map(RegistrationTermsRow::partId)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()),
                rows.stream()
                        .map(RegistrationTermsRow::partEndsAt)
                        .filter(Objects::nonNull)
                        .max(Instant::compareTo)
                        .orElse(clock.instant()),
                rows.stream()
                        .filter(row -> row.partId() != null && row.partSlot() != null)
                        .collect(Collectors.toMap(RegistrationTermsRow::partId, RegistrationTermsRow::partSlot))));
    }

    /**
     * The capacity of each part, with the part's row locked until the calling transaction ends: whoever
     * takes or frees seats of a part does so one at a time, so a part is never over-booked.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public Map<Long, Integer> lockSeats(Collection<Long> partIds) {
        Map<Long, Integer> capacity = new java.util.LinkedHashMap<>();
        if (!partIds.isEmpty()) {
            events.lockParts(partIds).forEach(part -> capacity.put(part.getId(), part.getCapacity()));
        }
        return capacity;
    }

    /**
     * A part's new number of seats, with the part locked like {@link #lockSeats}; refused below the seats
     * already taken. The caller fills the new seats from the waitlist in the same transaction.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void changeCapacity(long partId, int seats) {
        EventPart part = events.lockParts(List.of(partId)).stream().findFirst().orElseThrow();
        long taken = registrations.seatsTaken(List.of(partId)).getOrDefault(partId, 0L);
        if (seats < taken) {
            throw new IllegalArgumentException("capacity below the seats taken");
        }
        Map<String, String> before = EventHistory.reviewItems(part.getEvent());
        part.changeCapacity(seats);
        history.recordChanges(part.getEvent(), before);
    }
}
