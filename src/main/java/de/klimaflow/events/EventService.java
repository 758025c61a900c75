package de.klimaflow.events;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.platform.FieldProblem;
import de.klimaflow.platform.MailAddresses;

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

    /** Records who caters the event; both blank: nobody, and no catering order goes out. */
    public void setCaterer(long eventId, @Nullable String name, @Nullable String email) {
        String address = email == null ? "" : email.strip();
        if (!address.isEmpty() && !MailAddresses.isValid(address)) {
            throw new IllegalArgumentException("not an e-mail address: the caterer's");
        }
        String who = name == null ? "" : name.strip();
        events.findById(eventId)
                .orElseThrow(() -> new IllegalArgumentException("no event " + eventId))
                .cateredBy(who.isEmpty() ? null : who, address.isEmpty() ? null : address);
    }

    /**
     * The video-conference link of an online or hybrid event: for people with a seat only (their mails, calendar
     * entries and own page), never on a public page.
     */
    @Transactional(readOnly = true)
    public Optional<String> videoLinkOf(long eventId) {
        return events.findById(eventId)
                .filter(event -> event.getFormat().needsVideoLink())
                .map(Event::getVideoLink);
    }

    /**
     * The event team's short text in Leichte Sprache for the public page (blank removes it), at any time until the
     * event is over or cancelled; the change is recorded like every other.
     */
    public void describeInEasyLanguage(long eventId, @Nullable String text) {
        Event event = events.findWithDetailsById(eventId)
                .orElseThrow(() -> new IllegalArgumentException("no event " + eventId));
        if (event.getStatus() == EventStatus.CANCELLED || event.getStatus() == EventStatus.COMPLETED) {
            throw new IllegalStateException("event " + eventId + " is " + event.getStatus());
        }
        List<FieldProblem> problems = new ArrayList<>();
        EventRules.text(problems, "easyLanguage", text, EventRules.MAX_EASY_LANGUAGE, false);
        if (!problems.isEmpty()) {
            throw new EventValidationException(problems);
        }
        Map<String, String> before = EventHistory.reviewItems(event);
        event.describeInEasyLanguage(text);
        history.recordChanges(event, before);
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
                        event.getEasyLanguage(),
                        event.getParts().stream()
                                .map(part -> new EventOverview.PartOverview(
                                        part.getId(),
                                        part.getTitle(),
                                        part.getStartsAt(),
                                        part.getEndsAt(),
                                        part.getCapacity(),
                                        taken.getOrDefault(part.getId(), 0L),
                                        part.getAudiences(),
                                        part.getDescription(),
                                        part.getSlot(),
                                        part.getRoom()))
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
