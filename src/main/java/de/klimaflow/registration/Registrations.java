package de.klimaflow.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.events.EventRegistrations;
import de.klimaflow.events.EventSchedule;

/** The registrations of an event, as the events feature and its planning process need them. */
@Service
@Transactional
public class Registrations implements EventRegistrations {

    private final RegistrationRepository registrations;
    private final PersonalLinks links;
    private final ApplicationEventPublisher publisher;
    private final RegistrationLog log;
    private final Clock clock;

    Registrations(
            RegistrationRepository registrations,
            PersonalLinks links,
            ApplicationEventPublisher publisher,
            RegistrationLog log,
            Clock clock) {
        this.log = log;
        this.registrations = registrations;
        this.links = links;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Override
    public List<Addressee> addressees(long eventId, Addressees who, Instant linksValidUntil) {
        List<RegistrationStatus> statuses = switch (who) {
            case PARTICIPANTS, ATTENDED, MISSED -> List.of(RegistrationStatus.CONFIRMED);
            case STILL_WAITING -> List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED);
            case REGISTERED ->
                Arrays.stream(RegistrationStatus.values())
                        .filter(RegistrationStatus::isActive)
                        .toList();
            case CANCELLED_WITH_EVENT -> List.of(RegistrationStatus.EVENT_CANCELLED);
        };
        return registrations.findByEventIdAndStatusInOrderByIdAsc(eventId, statuses).stream()
                .filter(r ->
                        who != Addressees.STILL_WAITING || !r.waitingParts().isEmpty())
                .filter(r -> who != Addressees.ATTENDED || !r.attendedParts().isEmpty())
                .filter(r -> who != Addressees.MISSED || !!r.attendedParts().isEmpty())
                .map(r -> new Addressee(
                        r.getId(),
                        r.getName(),
                        r.getEmail(),
                        r.locale(),
                        links.issue(r.getId(), RegistrationToken.Purpose.SELF_SERVICE, linksValidUntil),
                        switch (who) {
                            case PARTICIPANTS, ATTENDED, MISSED -> r.seatParts();
                            case STILL_WAITING -> r.waitingParts();
                            default -> r.getPartIds();
                        },
                        r.seatParts()))
                .toList();
    }

    @Override
    public int nextCalendarSequence(long registrationId) {
        return registrations.findById(registrationId).orElseThrow().nextCalendarSequence();
    }

    /** The event's dates changed: personal links keep working until its (new) end, not longer. */
    @EventListener
    void scheduleChanged(EventSchedule schedule) {
        if (!schedule.created()) {
            links.followEvent(schedule.eventId(), schedule.endsAt());
        }
    }

    /** The event was cancelled: every active registration ends as EVENT_CANCELLED; returns how many. */
    public int endAllBecauseEventCancelled(long eventId) {
        List<Registration> active = registrations.findByEventIdAndStatusInOrderByIdAsc(
                eventId,
                Arrays.stream(RegistrationStatus.values())
                        .filter(RegistrationStatus::isActive)
                        .toList());
        active.forEach(registration -> {
            registration.endBecauseEventCancelled();
            publisher.publishEvent(new RegistrationChanged(registration.getId(), RegistrationChanged.Change.ENDED));
        });
        return active.size();
    }

    /** Removes names and addresses of all registrations of the event; returns how many were anonymised. */
    public int anonymiseEvent(long eventId) {
        List<Registration> open = registrations.findByEventIdAndAnonymisedAtIsNull(eventId);
        open.forEach(registration -> {
            registration.anonymise(clock.instant());
            links.revokeAll(registration.getId());
        });
        return open.size();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Participant> participants(long eventId) {
        return registrations
                .findByEventIdAndStatusInOrderByIdAsc(eventId, List.of(RegistrationStatus.CONFIRMED))
                .stream()
                .map(r -> new Participant(
                        r.getId(),
                        r.getName(),
                        r.getOrganisation(),
                        r.getRole(),
                        r.seatParts(),
                        r.attendedParts(),
                        r.needs().catering(),
                        r.needs().accessibility(),
                        r.needs().accessibilityToVenue()))
                .sorted(java.util.Comparator.comparing(
                        Participant::name, java.text.Collator.getInstance(Locale.GERMAN)))
                .toList();
    }

    @Override
    public void markAttended(long eventId, long registrationId, long partId, boolean present, String note) {
        Registration registration = registrations
                .findById(registrationId)
                .filter(r -> r.getEventId() == eventId && r.getStatus() == RegistrationStatus.CONFIRMED)
                .orElseThrow(() -> new IllegalArgumentException("no confirmed registration " + registrationId));
        registration.markAttended(partId, present);
        log.add(
                registrationId,
                present ? RegistrationLogEntry.Kind.CHECKED_IN : RegistrationLogEntry.Kind.CHECK_IN_UNDONE,
                note);
    }

    /** How many registrations arrived per day (Berlin) for these events, from {@code from} until today, days without any as 0. */
    @Transactional(readOnly = true)
    public java.util.SortedMap<java.time.LocalDate, Long> perDay(
            Collection<Long> eventIds, java.time.LocalDate from, java.time.LocalDate today) {
        java.util.SortedMap<java.time.LocalDate, Long> days = new java.util.TreeMap<>();
        for (java.time.LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
            days.put(day, 0L);
        }
        if (!eventIds.isEmpty()) {
            registrations
                    .createdSince(
                            eventIds,
                            from.atStartOfDay(de.klimaflow.platform.Formats.ZONE)
                                    .toInstant())
                    .forEach(at -> days.computeIfPresent(
                            at.atZone(de.klimaflow.platform.Formats.ZONE).toLocalDate(), (day, count) -> count + 1));
        }
        return days;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> seatsTaken(Collection<Long> partIds) {
        if (partIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> taken = new HashMap<>();
        for (Object[] row : registrations.countByPart(partIds, PartBooking.Status.SEAT)) {
            taken.put((Long) row[0], (Long) row[1]);
        }
        return taken;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> countByStatus(long eventId) {
        Map<RegistrationStatus, Long> counts = new EnumMap<>(RegistrationStatus.class);
        for (Object[] row : registrations.countByStatus(eventId)) {
            counts.put((RegistrationStatus) row[0], (Long) row[1]);
        }
        Map<String, Long> byName = new LinkedHashMap<>();
        counts.forEach((status, count) -> byName.put(status.name(), count));
        return byName;
    }

    /** True when the event has no registrations at all (demo data is seeded only then). */
    @Transactional(readOnly = true)
    public boolean noneFor(long eventId) {
        return !registrations.existsByEventId(eventId);
    }
}
