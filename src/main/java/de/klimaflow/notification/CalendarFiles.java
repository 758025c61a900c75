package de.klimaflow.notification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import de.klimaflow.platform.Formats;
import de.klimaflow.platform.MailAddresses;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;

/**
 * iCalendar files (RFC 5545) with ical4j: invitations attached to confirmation mails (METHOD:REQUEST)
 * and public downloads and feeds (METHOD:PUBLISH). Times keep their zone, with its VTIMEZONE.
 */
@Component
public class CalendarFiles {

    private static final String PRODUCT = "-//Landesenergieagentur//klimaflow//DE";

    /** An invitation for one attendee, as attached to confirmation mails. */
    public byte[] invitation(CalendarEntry entry) {
        return write(calendar(Method.VALUE_REQUEST, List.of(entry)));
    }

    /** Appointments to publish: an event's download or the feed of all public events. */
    public byte[] publication(List<CalendarEntry> entries) {
        return write(calendar(Method.VALUE_PUBLISH, entries));
    }

    private Calendar calendar(String method, List<CalendarEntry> entries) {
        Calendar calendar = new Calendar()
                .withProdId(PRODUCT)
                .withDefaults()
                .withProperty(new Method(method))
                .getFluentTarget();
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        // a calendar needs at least one component (RFC 5545): an empty feed still carries the agency's time zone
        Stream.concat(
                        Stream.of(Formats.ZONE),
                        entries.stream().map(entry -> entry.start().getZone()))
                .map(ZoneId::getId)
                .distinct()
                .map(registry::getTimeZone)
                .filter(java.util.Objects::nonNull)
                .forEach(zone -> calendar.add(zone.getVTimeZone()));
        for (CalendarEntry entry : entries) {
            calendar.add(event(entry));
        }
        return calendar;
    }

    private static VEvent event(CalendarEntry entry) {
        VEvent event = new VEvent(entry.start(), entry.end(), oneLine(entry.summary()));
        event.replace(new Uid(entry.uid()));
        event.replace(new DtStamp(Instant.now()));
        event.add(new Sequence(0));
        if (entry.location() != null) {
            event.add(new Location(entry.location()));
        }
        if (entry.description() != null) {
            event.add(new Description(entry.description()));
        }
        if (entry.url() != null) {
            event.add(new Url(URI.create(entry.url())));
        }
        if (entry.organizerEmail() != null) {
            Organizer organizer = new Organizer(URI.create("mailto:" + entry.organizerEmail()));
            if (entry.organizerName() != null) {
                organizer.add(new Cn(oneLine(entry.organizerName())));
            }
            event.add(organizer);
        }
        if (entry.attendeeEmail() != null) {
            Attendee attendee = new Attendee(URI.create("mailto:" + entry.attendeeEmail()));
            attendee.add(Role.REQ_PARTICIPANT);
            attendee.add(PartStat.ACCEPTED);
            attendee.add(Rsvp.FALSE);
            if (entry.attendeeName() != null) {
                attendee.add(new Cn(oneLine(entry.attendeeName())));
            }
            event.add(attendee);
        }
        return event;
    }

    private static String oneLine(String value) {
        return MailAddresses.oneLine(value);
    }

    private static byte[] write(Calendar calendar) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new CalendarOutputter(true).output(calendar, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
