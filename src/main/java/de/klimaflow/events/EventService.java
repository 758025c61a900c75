package de.klimaflow.events;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and changing events. Every change is checked by {@link EventRules}; a broken draft stores nothing. */
@Service
@Transactional
public class EventService {

    private final EventRepository events;
    private final VenueRepository venues;
    private final EventSeriesRepository series;
    private final Clock clock;

    public EventService(EventRepository events, VenueRepository venues, EventSeriesRepository series, Clock clock) {
        this.events = events;
        this.venues = venues;
        this.series = series;
        this.clock = clock;
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
