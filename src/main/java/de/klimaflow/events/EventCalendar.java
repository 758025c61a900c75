package de.klimaflow.events;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.notification.CalendarEntry;
import de.klimaflow.notification.CalendarFiles;
import de.klimaflow.platform.AgencyProperties;
import de.klimaflow.platform.Formats;
import de.klimaflow.platform.Links;

/** The public events as iCalendar files: one event's download and the feed of all of them. */
@Service
@Transactional(readOnly = true)
public class EventCalendar {

    private final EventService events;
    private final CalendarFiles calendarFiles;
    private final AgencyProperties agency;
    private final Links links;

    public EventCalendar(EventService events, CalendarFiles calendarFiles, AgencyProperties agency, Links links) {
        this.events = events;
        this.calendarFiles = calendarFiles;
        this.agency = agency;
        this.links = links;
    }

    public byte[] feed() {
        return calendarFiles.publication(events.publicCalendar().stream()
                .flatMap(event -> entries(event).stream())
                .toList());
    }

    public Optional<byte[]> of(long eventId) {
        return events.publicEvent(eventId).map(event -> calendarFiles.publication(entries(event)));
    }

    /**
     * The calendar entries of these parts, addressed to one participant (for a confirmation, change or cancellation
     * mail), in the order of the programme. Their UIDs are the public calendar's, so every mail about a part updates
     * the same appointment.
     */
    public List<CalendarEntry> entriesFor(
            long eventId, Collection<Long> partIds, String attendeeName, String attendeeEmail) {
        // an online or hybrid event: the person's own entries carry the video link, which no public file shows
        Optional<String> videoLink = events.videoLinkOf(eventId);
        return events.overviewOf(eventId).stream()
                .flatMap(event -> entries(event).stream()
                        .filter(entry ->
                                partIds.stream().anyMatch(part -> entry.uid().equals(uid(event.id(), part))))
                        .map(entry -> new CalendarEntry(
                                entry.uid(),
                                entry.summary(),
                                entry.description(),
                                entry.location() == null
                                        ? videoLink.orElse(null)
                                        : entry.location()
                                                + videoLink
                                                        .map(link -> " / " + link)
                                                        .orElse(""),
                                entry.start(),
                                entry.end(),
                                videoLink.orElse(entry.url()),
                                entry.organizerName(),
                                entry.organizerEmail(),
                                attendeeName,
                                attendeeEmail)))
                .toList();
    }

    private static String uid(long eventId, long partId) {
        return "event-" + eventId + "-part-" + partId + "@klimaflow";
    }

    private List<CalendarEntry> entries(EventOverview event) {
        return event.parts().stream()
                .map(part -> new CalendarEntry(
                        uid(event.id(), part.id()),
                        event.title() + " – " + part.title(),
                        part.description(),
                        // a parallel session's room first: that is where the person goes
                        part.room() == null || event.venue() == null
                                ? event.venue()
                                : part.room() + ", " + event.venue(),
                        part.startsAt().atZone(Formats.ZONE),
                        part.endsAt().atZone(Formats.ZONE),
                        links.absolute(Links.eventPage(event.id())),
                        agency.name(),
                        agency.mailFrom(),
                        null,
                        null))
                .toList();
    }
}
