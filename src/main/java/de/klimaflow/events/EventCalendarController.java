package de.klimaflow.events;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Public iCalendar downloads: {@value #FEED} for all public events, and one file per event. */
@RestController
public class EventCalendarController {

    public static final String FEED = "/ical/veranstaltungen.ics";
    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar; charset=UTF-8");

    private final EventCalendar calendar;

    public EventCalendarController(EventCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping(FEED)
    public ResponseEntity<byte[]> feed() {
        return ics(calendar.feed(), "veranstaltungen.ics");
    }

    @GetMapping("/ical/veranstaltungen/{eventId:[0-9]{1,18}}.ics")
    public ResponseEntity<byte[]> event(@PathVariable long eventId) {
        return calendar.of(eventId).map(file -> ics(file, "veranstaltung-" + eventId + ".ics"))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    public static String eventFile(long eventId) {
        return "/ical/veranstaltungen/" + eventId + ".ics";
    }

    private static ResponseEntity<byte[]> ics(byte[] file, String name) {
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(file);
    }
}
