package de.klimaflow.notification;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/**
 * iCalendar files (RFC 5545) with ical4j: invitations and cancellations attached to mails (METHOD:REQUEST and
 * METHOD:CANCEL, RFC 5546) and public downloads and feeds (METHOD:PUBLISH). Times keep their zone, with its VTIMEZONE.
 * Lines are folded at 75 octets, as RFC 5545 says, not at 75 characters as ical4j does.
 */
@Component
public class CalendarFiles {

    private static final String PRODUCT = "-//Landesenergieagentur//klimaflow//DE";
    /** RFC 5545, 3.1: "Lines of text SHOULD NOT be longer than 75 octets, excluding the line break." */
    private static final int LINE_OCTETS = 75;

    /** The calendar of a mail to one attendee: an invitation (REQUEST) or a cancellation (CANCEL). */
    public byte[] message(CalendarMessage message) {
        String method = message.cancel() ? Method.VALUE_CANCEL : Method.VALUE_REQUEST;
        return write(calendar(method, message.entries(), message.sequence()));
    }

    /** Appointments to publish: an event's download or the feed of all public events. */
    public byte[] publication(List<CalendarEntry> entries) {
        return write(calendar(Method.VALUE_PUBLISH, entries, 0));
    }

    /** Whether a calendar file cancels (METHOD:CANCEL), for the mail's content type. */
    public static boolean isCancellation(byte[] ics) {
        return new String(ics, StandardCharsets.UTF_8).contains("\r\nMETHOD:CANCEL\r\n");
    }

    private Calendar calendar(String method, List<CalendarEntry> entries, int sequence) {
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
            VEvent event = event(entry, sequence, Method.VALUE_CANCEL.equals(method));
            calendar.add(event);
        }
        return calendar;
    }

    private static VEvent event(CalendarEntry entry, int sequence, boolean cancelled) {
        VEvent event = new VEvent(entry.start(), entry.end(), oneLine(entry.summary()));
        event.replace(new Uid(entry.uid()));
        event.replace(new DtStamp(Instant.now()));
        event.add(new Sequence(sequence));
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
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
        StringWriter out = new StringWriter();
        try {
            // unfolded here (a fold length no line reaches), folded by octets below
            new CalendarOutputter(true, Integer.MAX_VALUE).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return foldByOctets(out.toString()).getBytes(StandardCharsets.UTF_8);
    }

    /** Folds each content line so that no line is longer than 75 octets, never inside a UTF-8 sequence. */
    static String foldByOctets(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 60 * 3);
        for (String line : unfolded.split("\r\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            int limit = LINE_OCTETS;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > limit) {
                    folded.append("\r\n ");
                    // the continuation's leading space counts towards its 75 octets
                    octets = 1;
                }
                folded.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            folded.append("\r\n");
        }
        return folded.toString();
    }
}
