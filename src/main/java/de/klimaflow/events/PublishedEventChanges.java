package de.klimaflow.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.platform.FieldProblem;
import de.klimaflow.platform.Formats;
import de.klimaflow.platform.MailAddresses;

/**
 * What the event team may still change once an event is public: its dates (the planning process's timers follow) and
 * its texts, contact and seats; each change goes to the event's audit trail.
 */
@Service
@Transactional
public class PublishedEventChanges {

    private final EventRepository events;
    private final EventRegistrations registrations;
    private final PartSeats seats;
    private final EventHistory history;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    PublishedEventChanges(
            EventRepository events,
            EventRegistrations registrations,
            PartSeats seats,
            EventHistory history,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.seats = seats;
        this.history = history;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * After publication staff extend (or shorten) the registration deadline while registration is open,
     * or move the whole event to another first day. The planning process's timers follow in the same
     * transaction; returns whether the event's dates moved (then registrants must be told).
     */
    public boolean reschedule(long eventId, Instant registrationDeadline, LocalDate firstDay) {
        Event event = events.findById(eventId).orElseThrow(() -> new IllegalArgumentException("no event " + eventId));
        Instant now = clock.instant();
        List<FieldProblem> problems = new ArrayList<>();
        if (event.getStatus() != EventStatus.PUBLISHED && event.getStatus() != EventStatus.REGISTRATION_CLOSED) {
            throw new IllegalStateException(
                    "only a published event is rescheduled, not one that is " + event.getStatus());
        }
        boolean deadlineChanged = !registrationDeadline.equals(event.getRegistrationDeadline());
        if (deadlineChanged && event.getStatus() != EventStatus.PUBLISHED) {
            problems.add(new FieldProblem("registrationDeadline", "event.error.registrationClosed"));
        } else if (deadlineChanged && !registrationDeadline.isAfter(now)) {
            problems.add(new FieldProblem("registrationDeadline", "event.error.deadlinePassed"));
        }
        int days = (int)
                ChronoUnit.DAYS.between(event.startsAt().atZone(Formats.ZONE).toLocalDate(), firstDay);
        Instant newStart = event.startsAt().atZone(Formats.ZONE).plusDays(days).toInstant();
        if (!newStart.isAfter(now)) {
            problems.add(new FieldProblem("firstDay", "event.error.startPassed"));
        }
        if (!registrationDeadline.isBefore(newStart)) {
            problems.add(new FieldProblem("registrationDeadline", "event.error.deadlineAfterEvent"));
        }
        if (!problems.isEmpty()) {
            throw new EventValidationException(problems);
        }
        Map<String, String> before = EventHistory.reviewItems(event);
        event.reschedule(registrationDeadline, days);
        history.recordChanges(event, before);
        publisher.publishEvent(EventSchedule.of(event, false));
        return days != 0;
    }

    /**
     * After publication: description, contact person, and per part programme and seats. The seat rules
     * are checked again (never below the seats taken, never more than the venue's largest room); new seats
     * go to the people waiting longest. Every changed item is written to the event's audit trail.
     */
    public void editPublished(long eventId, PublishedEdit edit) {
        Event event = events.findWithDetailsById(eventId)
                .orElseThrow(() -> new IllegalArgumentException("no event " + eventId));
        if (event.getStatus() != EventStatus.PUBLISHED && event.getStatus() != EventStatus.REGISTRATION_CLOSED) {
            throw new IllegalStateException(
                    "only a published event is edited here, not one that is " + event.getStatus());
        }
        List<FieldProblem> problems = new ArrayList<>();
        EventRules.text(problems, "description", edit.description(), EventRules.MAX_DESCRIPTION, false);
        EventRules.text(problems, "contactName", edit.contactName(), 200, true);
        if (edit.contactEmail() == null
                || !MailAddresses.isValid(edit.contactEmail().strip())) {
            problems.add(new FieldProblem("contactEmail", "event.error.email"));
        }
        Map<Long, EventPart> parts =
                event.getParts().stream().collect(Collectors.toMap(EventPart::getId, part -> part));
        if (edit.parts().size() != parts.size()
                || !edit.parts().stream().allMatch(p -> parts.containsKey(p.partId()))) {
            throw new IllegalArgumentException("the edit must name each part of event " + eventId + " once");
        }
        Map<Long, Integer> locked = seats.lockSeats(parts.keySet());
        Map<Long, Long> taken = registrations.seatsTaken(parts.keySet());
        for (int i = 0; i < event.getParts().size(); i++) {
            EventPart part = event.getParts().get(i);
            PublishedEdit.Part change = edit.parts().stream()
                    .filter(p -> p.partId() == part.getId())
                    .findFirst()
                    .orElseThrow();
            String prefix = "parts[" + i + "].";
            EventRules.text(problems, prefix + "description", change.programme(), 2000, false);
            if (change.seats() < 1) {
                problems.add(new FieldProblem(prefix + "capacity", "event.error.capacity"));
            } else if (change.seats() < taken.getOrDefault(part.getId(), 0L)) {
                problems.add(new FieldProblem(prefix + "capacity", "event.error.belowTaken"));
            } else if (event.getVenue() != null
                    && change.seats() > event.getVenue().getCapacity()) {
                problems.add(new FieldProblem(prefix + "capacity", "event.error.capacityOverVenue"));
            }
        }
        String link = edit.videoLink() == null ? null : edit.videoLink().strip();
        boolean linkChanged = link != null && event.getFormat().needsVideoLink() && !link.equals(event.getVideoLink());
        if (linkChanged && !EventRules.isWebLink(link)) {
            problems.add(new FieldProblem("videoLink", "event.error.link"));
        }
        if (!problems.isEmpty()) {
            throw new EventValidationException(problems);
        }
        Map<String, String> before = EventHistory.reviewItems(event);
        event.editPublished(edit.description(), edit.contactName(), edit.contactEmail());
        if (linkChanged && link != null) {
            event.changeVideoLink(link);
            publisher.publishEvent(new VideoLinkChanged(eventId));
        }
        List<Long> grown = new ArrayList<>();
        for (PublishedEdit.Part change : edit.parts()) {
            EventPart part = Objects.requireNonNull(parts.get(change.partId()));
            part.describe(change.programme());
            if (change.seats() > locked.getOrDefault(part.getId(), 0)) {
                grown.add(part.getId());
            }
            part.changeCapacity(change.seats());
        }
        history.recordChanges(event, before);
        if (!grown.isEmpty()) {
            publisher.publishEvent(new SeatsAdded(eventId, grown));
        }
    }
}
