package de.klimaflow.events;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.registration.Registrations;

/** Creating and changing events. Every change is checked by {@link EventRules}; a broken draft stores nothing. */
@Service
@Transactional
public class EventService {

    private final EventRepository events;
    private final VenueRepository venues;
    private final EventSeriesRepository series;
    private final Registrations registrations;
    private final Clock clock;

    public EventService(EventRepository events, VenueRepository venues, EventSeriesRepository series,
            Registrations registrations, Clock clock) {
        this.events = events;
        this.venues = venues;
        this.series = series;
        this.registrations = registrations;
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
        List<EventStatus> visible = java.util.Arrays.stream(EventStatus.values()).filter(EventStatus::isPublic).toList();
        return overviews(events.findByStatusInOrderByRegistrationDeadlineAsc(visible).stream()
                .filter(event -> !event.isInvitationOnly()).toList());
    }

    /** One event as the staff's lists show it. */
    @Transactional(readOnly = true)
    public Optional<EventOverview> overviewOf(long eventId) {
        return events.findWithDetailsById(eventId).map(event -> overviews(List.of(event)).get(0));
    }

    /** A public event, or empty when it is not (or no longer) public. */
    @Transactional(readOnly = true)
    public Optional<EventOverview> publicEvent(long eventId) {
        return events.findWithDetailsById(eventId)
                .filter(event -> event.getStatus().isPublic() && !event.isInvitationOnly())
                .map(event -> overviews(List.of(event)).get(0));
    }

    private List<EventOverview> overviews(List<Event> list) {
        java.util.Map<Long, Long> taken = registrations.seatsTaken(list.stream()
                .flatMap(event -> event.getParts().stream()).map(EventPart::getId).toList());
        return list.stream().map(event -> new EventOverview(event.getId(), event.getTitle(), event.getType(),
                event.getStatus(), event.getFormat(), event.getVenue() == null ? null : event.getVenue().address(),
                event.getRegistrationDeadline(), event.isInvitationOnly(), event.getDescription(),
                event.getParts().stream().map(part -> new EventOverview.PartOverview(part.getId(), part.getTitle(),
                        part.getStartsAt(), part.getEndsAt(), part.getCapacity(), taken.getOrDefault(part.getId(), 0L),
                        part.getAudiences(), part.getDescription())).toList()))
                .toList();
    }

    /** Stores a new event as a draft and returns its id. */
    public long create(EventDraft draft) {
        Venue venue = venueOf(draft);
        check(draft, venue);
        return events.save(new Event(draft, seriesOf(draft), venue, clock.instant())).getId();
    }

    public void update(long eventId, EventDraft draft) {
        Event event = events.findById(eventId).orElseThrow(() -> new IllegalArgumentException("no event " + eventId));
        Venue venue = venueOf(draft);
        check(draft, venue);
        event.update(draft, seriesOf(draft), venue);
    }

    @Transactional(readOnly = true)
    public Optional<Event> find(long eventId) {
        return events.findWithDetailsById(eventId);
    }

    @Transactional(readOnly = true)
    public List<Venue> venues() {
        return venues.findAllByOrderByNameAsc();
    }

    @Transactional(readOnly = true)
    public List<EventSeries> series() {
        return series.findAllByOrderByTitleAsc();
    }

    private static void check(EventDraft draft, Venue venue) {
        List<EventProblem> problems = EventRules.check(draft, venue == null ? null : venue.getCapacity());
        if (!problems.isEmpty()) {
            throw new EventValidationException(problems);
        }
    }

    private Venue venueOf(EventDraft draft) {
        return draft.venueId() == null ? null : venues.findById(draft.venueId()).orElse(null);
    }

    private EventSeries seriesOf(EventDraft draft) {
        return draft.seriesId() == null ? null : series.findById(draft.seriesId()).orElse(null);
    }
}
