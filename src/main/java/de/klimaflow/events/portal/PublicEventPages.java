package de.klimaflow.events.portal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import de.klimaflow.events.EventOverview;
import de.klimaflow.events.EventService;
import de.klimaflow.events.Materials;
import de.klimaflow.events.Programme;
import de.klimaflow.platform.Formats;
import de.klimaflow.platform.Links;
import de.klimaflow.platform.PdfResponses;

/**
 * The public calendar and the public page of one event, server-rendered (no Vaadin session per
 * visitor). Anything else under the public paths is a real 404.
 */
@Controller
public class PublicEventPages {

    /** One line of the calendar, formatted for the page. */
    public record CalendarLine(String title, String link, String when, String where, String deadline) {}

    /** One event, formatted for its page. */
    public record EventPage(
            String title,
            @Nullable String description,
            @Nullable String easyLanguage,
            String where,
            String deadline,
            List<ProgrammeBlock> programme,
            String calendarFile) {}

    /** A part on its own, or the parallel sessions of one slot (then {@code slot} names it). */
    public record ProgrammeBlock(@Nullable String slot, String when, List<PartLine> parts) {}

    /** One part of an event with its seats. */
    public record PartLine(
            String title,
            String when,
            String audiences,
            long seatsLeft,
            int capacity,
            @Nullable String description,
            @Nullable String room,
            List<TimetableLine> timetable) {}

    /** One agenda item: its time, title, speakers and released slides. */
    public record TimetableLine(String time, String title, String speakers, List<MaterialLink> materials) {}

    /** A released file of an agenda item. */
    public record MaterialLink(String name, String href) {}

    private final EventService events;
    private final Programme programme;
    private final Materials materials;
    private final MessageSource messages;

    public PublicEventPages(EventService events, Programme programme, Materials materials, MessageSource messages) {
        this.events = events;
        this.programme = programme;
        this.materials = materials;
        this.messages = messages;
    }

    @GetMapping(Links.PUBLIC_CALENDAR)
    public String calendar(Model model, Locale locale) {
        model.addAttribute(
                "events",
                events.publicCalendar().stream()
                        .map(event -> new CalendarLine(
                                event.title(),
                                Links.eventPage(event.id()),
                                Formats.dateTime(event.startsAt()),
                                where(event, locale),
                                Formats.dateTime(event.registrationDeadline())))
                        .toList());
        model.addAttribute("feed", Links.CALENDAR_FEED);
        return "portal/calendar";
    }

    @GetMapping(Links.PUBLIC_CALENDAR + "/{eventId:[0-9]{1,18}}")
    public String event(@PathVariable long eventId, Model model, Locale locale) {
        EventOverview event = events.publicEvent(eventId).orElseThrow(PublicEventPages::notFound);
        model.addAttribute(
                "event",
                new EventPage(
                        event.title(),
                        event.description(),
                        event.easyLanguage(),
                        where(event, locale),
                        Formats.dateTime(event.registrationDeadline()),
                        programme(event, locale),
                        Links.eventCalendarFile(event.id())));
        model.addAttribute("registrationOpen", event.registrationOpen());
        model.addAttribute("registrationForm", Links.registrationForm(eventId));
        return "portal/event";
    }

    /** Released slides of a public event; anything else is not found. */
    @GetMapping(Links.PUBLIC_CALENDAR + "/{eventId:[0-9]{1,18}}/material/{materialId:[0-9]{1,18}}")
    public ResponseEntity<byte[]> material(@PathVariable long eventId, @PathVariable long materialId) {
        events.publicEvent(eventId).orElseThrow(PublicEventPages::notFound);
        return materials
                .released(eventId, materialId)
                .map(file -> PdfResponses.inline(file.fileName(), file.content()))
                .orElseThrow(PublicEventPages::notFound);
    }

    /** Unknown ids, drafts and everything else below the public paths: 404, never the staff UI's bootstrap page. */
    @GetMapping({Links.PUBLIC_CALENDAR + "/**", "/ical/**"})
    public String unknown() {
        throw notFound();
    }

    /** The parts in order; parallel sessions of one slot together, where the first of them stands. */
    private List<ProgrammeBlock> programme(EventOverview event, Locale locale) {
        Map<String, List<PartLine>> slots = new HashMap<>();
        List<ProgrammeBlock> blocks = new ArrayList<>();
        Map<Long, List<TimetableLine>> timetable = timetable(event.id());
        for (EventOverview.PartOverview part : event.parts()) {
            String when = Formats.span(part.startsAt(), part.endsAt());
            PartLine line = new PartLine(
                    part.title(),
                    when,
                    part.audiences().stream()
                            .sorted()
                            .map(audience -> text("audience." + audience.name(), locale))
                            .collect(Collectors.joining(", ")),
                    part.seatsLeft(),
                    part.capacity(),
                    part.description(),
                    part.room(),
                    timetable.getOrDefault(part.id(), List.of()));
            if (part.slot() == null) {
                blocks.add(new ProgrammeBlock(null, when, List.of(line)));
            } else if (slots.containsKey(part.slot())) {
                slots.get(part.slot()).add(line);
            } else {
                List<PartLine> sessions = new ArrayList<>(List.of(line));
                slots.put(part.slot(), sessions);
                blocks.add(new ProgrammeBlock(part.slot(), when, sessions));
            }
        }
        return blocks;
    }

    private Map<Long, List<TimetableLine>> timetable(long eventId) {
        Map<Long, List<TimetableLine>> byPart = new HashMap<>();
        for (Programme.TimetableEntry entry : programme.timetable(eventId)) {
            Instant end = entry.endsAt();
            byPart.computeIfAbsent(entry.partId(), part -> new ArrayList<>())
                    .add(new TimetableLine(
                            end == null
                                    ? Formats.time(entry.startsAt())
                                    : Formats.time(entry.startsAt()) + "–" + Formats.time(end),
                            entry.title(),
                            String.join(", ", entry.speakers()),
                            entry.materials().stream()
                                    .map(material -> new MaterialLink(
                                            material.fileName(), Links.eventMaterial(eventId, material.id())))
                                    .toList()));
        }
        return byPart;
    }

    private String where(EventOverview event, Locale locale) {
        String venue = event.venue();
        return venue != null ? venue : text("event.format." + event.format().name(), locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
