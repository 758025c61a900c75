package de.klimaflow.events;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.platform.FieldProblem;

/** The venues the event team books: their rooms' seats bound every part planned there. */
@Service
@Transactional
public class Venues {

    private final VenueRepository venues;
    private final EventRepository events;

    Venues(VenueRepository venues, EventRepository events) {
        this.venues = venues;
        this.events = events;
    }

    /**
     * Adds ({@code venueId} null) or changes a venue; returns its id. Its rooms must still seat every part
     * of the events planned there that are not over yet.
     */
    public long save(@Nullable Long venueId, VenueDraft draft) {
        List<FieldProblem> problems = new ArrayList<>(VenueRules.check(draft));
        if (problems.isEmpty() && venueId != null) {
            int largest = draft.rooms().stream()
                    .mapToInt(VenueDraft.Room::capacity)
                    .max()
                    .orElse(0);
            boolean tooSmall = events.findByVenueIdAndStatusIn(venueId, EventStatus.PLANNED).stream()
                    .flatMap(event -> event.getParts().stream())
                    .anyMatch(part -> part.getCapacity() > largest);
            if (tooSmall) {
                problems.add(new FieldProblem("rooms", "venue.error.roomsTooSmall"));
            }
        }
        String name = draft.name() == null ? "" : draft.name().strip();
        venues.findByNameIgnoreCase(name)
                .filter(other -> !other.getId().equals(venueId))
                .ifPresent(other -> problems.add(new FieldProblem("name", "venue.error.nameTaken")));
        if (!problems.isEmpty()) {
            throw new EventValidationException(problems);
        }
        if (venueId == null) {
            return venues.save(new Venue(draft)).getId();
        }
        venue(venueId).update(draft);
        return venueId;
    }

    @Transactional(readOnly = true)
    public Venue venue(long venueId) {
        return venues.findById(venueId).orElseThrow(() -> new IllegalArgumentException("no venue " + venueId));
    }

    @Transactional(readOnly = true)
    public List<Venue> all() {
        return venues.findAllByOrderByNameAsc();
    }
}
