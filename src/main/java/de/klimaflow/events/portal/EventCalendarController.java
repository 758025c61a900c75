package de.klimaflow.events.portal;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import de.klimaflow.events.EventCalendar;
import de.klimaflow.platform.Links;

/** Public iCalendar downloads: the feed of all public events, and one file per event (paths in {@link Links}). */
@RestController
public class EventCalendarController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar; charset=UTF-8");

    private final EventCalendar calendar;

    public EventCalendarController(EventCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping(Links.CALENDAR_FEED)
    public ResponseEntity<byte[]> feed() {
        return ics(calendar.feed(), "veranstaltungen.ics");
    }

    @GetMapping("/ical/veranstaltungen/{eventId:[0-9]{1,18}}.ics")
    public ResponseEntity<byte[]> event(@PathVariable long eventId) {
        return calendar.of(eventId)
                .map(file -> ics(file, "veranstaltung-" + eventId + ".ics"))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<byte[]> ics(byte[] file, String name) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(file);
    }
}
