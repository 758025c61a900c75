package de.klimaflow.notification;

import java.io.ByteArrayInputStream;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

import static org.assertj.core.api.Assertions.assertThat;

/** The .ics files parse back with ical4j and keep Europe/Berlin times. */
class CalendarFilesTest {

    static final CalendarEntry EVENING = new CalendarEntry(
            "event-5-part-1@klimaflow",
            "Wärmezukunft nach Plan – Abend",
            "Rechtsrahmen, Praxisbeispiele, Diskussion",
            "Burg Oschersleben, An der Burg 1, 39387 Oschersleben",
            ZonedDateTime.parse("2026-12-03T18:00:00+01:00[Europe/Berlin]"),
            ZonedDateTime.parse("2026-12-03T20:30:00+01:00[Europe/Berlin]"),
            "https://klimaflow.example/events/5",
            "Landesenergieagentur",
            "veranstaltungen@lena.example",
            "Jana Krüger",
            "krueger@example.org");

    @Test
    void invitationIsARequestInBerlinTime() throws Exception {
        Calendar calendar = parse(new CalendarFiles().invitation(EVENING));

        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("REQUEST");
        assertThat(calendar.getComponents("VTIMEZONE"))
                .singleElement()
                .satisfies(zone -> assertThat(((VTimeZone) zone).getTimeZoneId().getValue())
                        .isEqualTo("Europe/Berlin"));
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("event-5-part-1@klimaflow");
        assertThat(event.getSummary().getValue()).isEqualTo("Wärmezukunft nach Plan – Abend");
        Temporal start = event.getDateTimeStart().getDate();
        assertThat(ZonedDateTime.from(start).toInstant())
                .isEqualTo(EVENING.start().toInstant());
        assertThat(event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Berlin");
        assertThat(event.getProperty(Property.ATTENDEE).orElseThrow().getValue())
                .isEqualTo("mailto:krueger@example.org");
        assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getValue())
                .isEqualTo("mailto:veranstaltungen@lena.example");
        assertThat(event.getLocation().getValue()).contains("Oschersleben");
    }

    @Test
    void publicationListsAllEntries() throws Exception {
        CalendarEntry workshop = new CalendarEntry(
                "event-5-part-2@klimaflow",
                "Wärmezukunft nach Plan – Workshops",
                null,
                "Burg Oschersleben",
                ZonedDateTime.parse("2026-12-04T09:00:00+01:00[Europe/Berlin]"),
                ZonedDateTime.parse("2026-12-04T15:00:00+01:00[Europe/Berlin]"),
                null,
                null,
                null,
                null,
                null);
        Calendar calendar = parse(new CalendarFiles().publication(List.of(EVENING, workshop)));
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("PUBLISH");
        assertThat(calendar.getComponents("VEVENT")).hasSize(2);
    }

    static Calendar parse(byte[] ics) throws Exception {
        String text = new String(ics, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR").contains("\r\n");
        return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    }
}
