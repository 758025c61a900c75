package de.klimaflow.events.api;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import de.klimaflow.events.Audience;
import de.klimaflow.events.EventOverview;
import de.klimaflow.events.EventService;
import de.klimaflow.platform.Links;
import de.klimaflow.platform.api.ApiProblems;
import de.klimaflow.platform.api.PublicApi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Published events with their parts and seats left, for the agency's website. */
@PublicApi(PublicApi.PREFIX + "/events")
@Tag(name = "Events", description = "Published events and seats left")
public class PublicEventsApi {

    /** One published event. Times are UTC instants (ISO 8601); the agency works in Europe/Berlin. */
    public record PublicEvent(
            long id,
            String title,
            @Nullable String description,
            /* a short text in Leichte Sprache (German), when the event team wrote one */
            @Nullable String easyLanguage,
            @Nullable String venue,
            Instant registrationDeadline,
            boolean registrationOpen,
            String page,
            String registrationForm,
            List<PublicPart> parts) {}

    /** One part of an event: who it is for and how many seats are left. */
    public record PublicPart(
            long id,
            String title,
            Instant startsAt,
            Instant endsAt,
            int capacity,
            long seatsLeft,
            /* a list in the enum's order rather than a set: generated clients handle arrays of enums best */
            List<Audience> audiences,
            /* parts with the same slot are parallel sessions: a person takes one of them */
            @Nullable String slot,
            @Nullable String room) {}

    private final EventService events;
    private final ApiProblems problems;
    private final Links links;

    public PublicEventsApi(EventService events, ApiProblems problems, Links links) {
        this.events = events;
        this.problems = problems;
        this.links = links;
    }

    @GetMapping
    @Operation(summary = "Published events, soonest first")
    @ApiResponse(responseCode = "200", description = "The published events")
    public List<PublicEvent> list() {
        return events.publicCalendar().stream().map(this::toPublic).toList();
    }

    @GetMapping("/{eventId}")
    @Operation(summary = "One published event")
    @ApiResponse(responseCode = "200", description = "The event")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/404")
    public PublicEvent one(@PathVariable long eventId) {
        return events.publicEvent(eventId)
                .map(this::toPublic)
                .orElseThrow(() -> new ErrorResponseException(
                        HttpStatus.NOT_FOUND, problems.problem(HttpStatus.NOT_FOUND, "no-event"), null));
    }

    private PublicEvent toPublic(EventOverview event) {
        return new PublicEvent(
                event.id(),
                event.title(),
                event.description(),
                event.easyLanguage(),
                event.venue(),
                event.registrationDeadline(),
                event.registrationOpen(),
                links.absolute(Links.eventPage(event.id())),
                links.absolute(Links.registrationForm(event.id())),
                event.parts().stream()
                        .map(part -> new PublicPart(
                                part.id(),
                                part.title(),
                                part.startsAt(),
                                part.endsAt(),
                                part.capacity(),
                                part.seatsLeft(),
                                part.audiences().stream().sorted().toList(),
                                part.slot(),
                                part.room()))
                        .toList());
    }
}
