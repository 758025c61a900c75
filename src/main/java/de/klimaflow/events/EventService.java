package de.klimaflow.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.platform.FieldProblem;
import de.klimaflow.platform.Formats;

/**
 * Creating and changing events. Every change is checked by {@link EventRules}; a broken draft stores
 * nothing. Creating or changing an event publishes its {@link EventSchedule}, which starts the planning
 * process or moves its timers in the same transaction.
 */
@Service
@Transactional
public class EventService {

    /** Who changed an event when no staff member is signed in (demo data, process steps). */
    public static final String SYSTEM = "system";

    private final EventRepository events;
    private final VenueRepository venues;
    private final EventSeriesRepository series;
    private final EventRegistrations registrations;
    private final PressReleases pressReleases;
    private final ApplicationEventPublisher publisher;
    private final EventHistory history;
    private final PartSeats seats;
    private final List<EventTypeRules> typeRules;
    private final Clock clock;

    public EventService(
            EventRepository events,
            VenueRepository venues,
            EventSeriesRepository series,
            EventRegistrations registrations,
            PressReleases pressReleases,
            ApplicationEventPublisher publisher,
            EventHistory history,
            PartSeats seats,
            List<EventTypeRules> typeRules,
            Clock clock) {
        this.seats = seats;
        this.history = history;
        this.typeRules = typeRules;
        this.events = events;
        this.venues = venues;
        this.series = series;
        this.registrations = registrations;
        this.pressReleases = pressReleases;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Every event, newest deadline first, with seats taken per part (a few queries for the whole list). */
    @Transactional(readOnly = true)
    public List<EventOverview> overview() {
        return overviews(events.findAllByOrderByRegistrationDeadlineDesc());
    }

    /** What the public calendar shows: published events open to the public, soonest deadline first. */
    @Transactional(readOnly = true)
    public List<EventOverview> publicCalendar() {
        List<EventStatus> visible = java.util.Arrays.stream(EventStatus.values())
                .filter(EventStatus::isPublic)
                .toList();
        return overviews(events.findByStatusInOrderByRegistrationDeadlineAsc(visible).stream()
                .filter(event -> !event.isInvitationOnly())
                .toList());
    }

    /** One event as the staff's lists show it. */
    @Transactional(readOnly = true)
    public Optional<EventOverview> overviewOf(long eventId) {
        return events.findWithDetailsById(eventId)
                .map(event -> overviews(List.of(event)).get(0));
    }

    private boolean acceptsRegistrations(Event event) {
        return acceptsRegistrations(
                event.getStatus(), event.getRegistrationOpensAt(), event.getRegistrationDeadline(), clock.instant());
    }

    /** Published, registration opened, deadline not passed: the one rule of when an event takes registrations. */
    static boolean acceptsRegistrations(EventStatus status, @Nullable Instant opensAt, Instant deadline, Instant now) {
        return status == EventStatus.PUBLISHED && (opensAt == null || !now.isBefore(opensAt)) && now.isBefore(deadline);
    }

    /** The planning region the event is for, if it has one (its municipalities are offered on the registration form). */
    @Transactional(readOnly = true)
    public Optional<Long> regionOf(long eventId) {
        return events.findById(eventId).map(Event::getRegionId);
    }

    /** A public event, or empty when it is not (or no longer) public. */
    @Transactional(readOnly = true)
    public Optional<EventOverview> publicEvent(long eventId) {
        return events.findWithDetailsById(eventId)
                .filter(event -> event.getStatus().isPublic() && !event.isInvitationOnly())
                .map(event -> overviews(List.of(event)).get(0));
    }

    private List<EventOverview> overviews(List<Event> list) {
        Map<Long, Long> taken = registrations.seatsTaken(list.stream()
                .flatMap(event -> event.getParts().stream())
                .map(EventPart::getId)
                .toList());
        return list.stream()
                .map(event -> new EventOverview(
                        event.getId(),
                        event.getTitle(),
                        event.getType(),
                        event.getStatus(),
                        event.getFormat(),
                        event.getVenue() == null ? null : event.getVenue().address(),
                        event.getRegistrationDeadline(),
                        event.isInvitationOnly(),
                        event.getDescription(),
                        event.getParts().stream()
                                .map(part -> new EventOverview.PartOverview(
                                        part.getId(),
                                        part.getTitle(),
                                        part.getStartsAt(),
                                        part.getEndsAt(),
                                        part.getCapacity(),
                                        taken.getOrDefault(part.getId(), 0L),
                                        part.getAudiences(),
                                        part.getDescription()))
                                .toList(),
                        acceptsRegistrations(event)))
                .toList();
    }

    /** Stores a new event as a draft, which starts its planning process; returns the event id. */
    public long create(EventDraft asPlanned) {
        EventDraft draft = withTypeRules(asPlanned);
        Venue venue = venueOf(draft);
        check(draft, venue);
        Event event = events.saveAndFlush(new Event(draft, seriesOf(draft), venue, clock.instant()));
        publisher.publishEvent(EventSchedule.of(event, true));
        return event.getId();
    }

    /** The draft as the rules of its type have it (a network meeting takes invitations only). */
    private EventDraft withTypeRules(EventDraft draft) {
        return !draft.invitationOnly() && typeRules.stream().anyMatch(rules -> rules.invitationOnly(draft.type()))
                ? draft.byInvitationOnly()
                : draft;
    }

    /** Changes the event; its planning process's timers move with the dates. */
    public void update(long eventId, EventDraft asPlanned) {
        EventDraft draft = withTypeRules(asPlanned);
        Event event = event(eventId);
        Venue venue = venueOf(draft);
        check(draft, venue);
        event.update(draft, seriesOf(draft), venue);
        publisher.publishEvent(EventSchedule.of(event, false));
    }

    /**
     * After publication staff extend (or shorten) the registration deadline while registration is open,
     * or move the whole event to another first day. The planning process's timers follow in the same
     * transaction; returns whether the event's dates moved (then registrants must be told).
     */
    public boolean reschedule(long eventId, Instant registrationDeadline, LocalDate firstDay) {
        Event event = event(eventId);
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
                || !de.klimaflow.notification.MailAddresses.isValid(
                        edit.contactEmail().strip())) {
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
        if (!problems.isEmpty()) {
            throw new EventValidationException(problems);
        }
        Map<String, String> before = EventHistory.reviewItems(event);
        event.editPublished(edit.description(), edit.contactName(), edit.contactEmail());
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

    /** Approved: the event goes public, registration opens, and the press release gets its first draft. */
    public void publish(long eventId) {
        Event event = event(eventId);
        event.moveTo(EventStatus.PUBLISHED);
        pressReleases.draftIfMissing(eventId);
        publisher.publishEvent(new EventPublished(eventId, event.getType()));
    }

    public void closeRegistration(long eventId) {
        event(eventId).moveTo(EventStatus.REGISTRATION_CLOSED);
    }

    public void markCancelled(long eventId) {
        event(eventId).moveTo(EventStatus.CANCELLED);
    }

    public void markTakenPlace(long eventId) {
        event(eventId).moveTo(EventStatus.TAKEN_PLACE);
    }

    public void markCompleted(long eventId) {
        event(eventId).moveTo(EventStatus.COMPLETED);
    }

    /** One event's title alone, for what names the event and nothing more (an opt-in mail, say). */
    @Transactional(readOnly = true)
    public Optional<String> title(long eventId) {
        return events.findTitleById(eventId);
    }

    /** Titles by id, one query for a whole page of the task list. */
    @Transactional(readOnly = true)
    public Map<Long, String> titles(Collection<Long> eventIds) {
        return events.findAllById(eventIds).stream().collect(Collectors.toMap(Event::getId, Event::getTitle));
    }

    /** Adds a series of events; returns its id. */
    public long addSeries(String title) {
        return series.save(new EventSeries(title)).getId();
    }

    /** True when no event exists yet (demo data is seeded only then). */
    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return events.count() == 0;
    }

    @Transactional(readOnly = true)
    public Optional<Event> find(long eventId) {
        return events.findWithDetailsById(eventId);
    }

    @Transactional(readOnly = true)
    public List<EventSeries> series() {
        return series.findAllByOrderByTitleAsc();
    }

    private static void check(EventDraft draft, @Nullable Venue venue) {
        List<FieldProblem> problems = EventRules.check(draft, venue == null ? null : venue.getCapacity());
        if (!problems.isEmpty()) {
            throw new EventValidationException(problems);
        }
    }

    private Event event(long eventId) {
        return events.findById(eventId).orElseThrow(() -> new IllegalArgumentException("no event " + eventId));
    }

    private @Nullable Venue venueOf(EventDraft draft) {
        return draft.venueId() == null ? null : venues.findById(draft.venueId()).orElse(null);
    }

    private @Nullable EventSeries seriesOf(EventDraft draft) {
        return draft.seriesId() == null
                ? null
                : series.findById(draft.seriesId()).orElse(null);
    }
}
