package de.klimaflow.notification;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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

    static final CalendarEntry WORKSHOP = new CalendarEntry(
            "event-5-part-2@klimaflow",
            "Wärmezukunft nach Plan – Workshops",
            null,
            "Burg Oschersleben",
            ZonedDateTime.parse("2026-12-04T09:00:00+01:00[Europe/Berlin]"),
            ZonedDateTime.parse("2026-12-04T15:00:00+01:00[Europe/Berlin]"),
            "https://klimaflow.example/events/5",
            "Landesenergieagentur",
            "veranstaltungen@lena.example",
            "Jana Krüger",
            "krueger@example.org");

    @Test
    void invitationIsARequestInBerlinTime() throws Exception {
        Calendar calendar = parse(new CalendarFiles().message(CalendarMessage.request(List.of(EVENING), 1)));

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
        Calendar calendar = parse(new CalendarFiles().publication(List.of(EVENING, WORKSHOP)));
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("PUBLISH");
        assertThat(calendar.getComponents("VEVENT")).hasSize(2);
    }

    @Test
    void aTwoPartBookingIsOneAppointmentPerPartAndACancellationKeepsTheirUidsWithALargerSequence() throws Exception {
        CalendarFiles files = new CalendarFiles();
        Calendar booked = parse(files.message(CalendarMessage.request(List.of(EVENING, WORKSHOP), 1)));
        assertThat(booked.getComponents("VEVENT")).hasSize(2);
        Calendar cancelled = parse(files.message(CalendarMessage.cancellation(List.of(EVENING, WORKSHOP), 2)));
        assertThat(cancelled.getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("CANCEL");
        assertThat(cancelled.<VEvent>getComponents("VEVENT"))
                .extracting(event -> event.getUid().orElseThrow().getValue())
                .containsExactly("event-5-part-1@klimaflow", "event-5-part-2@klimaflow");
        assertThat(cancelled.<VEvent>getComponents("VEVENT")).allSatisfy(event -> {
            assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue())
                    .isEqualTo("2");
            assertThat(event.getProperty(Property.STATUS).orElseThrow().getValue())
                    .isEqualTo("CANCELLED");
        });
        assertThat(CalendarFiles.isCancellation(files.message(CalendarMessage.cancellation(List.of(EVENING), 2))))
                .isTrue();
        assertThat(CalendarFiles.isCancellation(files.message(CalendarMessage.request(List.of(EVENING), 2))))
                .isFalse();
    }

    /** RFC 5545 counts octets: a line of umlauts folds earlier than a line of ASCII, and never inside a character. */
    @Test
    void noLineIsLongerThan75OctetsAndTheFoldedTextComesBackWhole() throws Exception {
        String long_ = "Größere Wärmeübergabestationen für Mehrfamilienhäuser – Überblick über Fördermöglichkeiten,"
                + " Rechtsrahmen und Erfahrungen aus Oschersleben, Haldensleben und Wanzleben-Börde";
        CalendarEntry umlauts = new CalendarEntry(
                EVENING.uid(),
                EVENING.summary(),
                long_,
                EVENING.location(),
                EVENING.start(),
                EVENING.end(),
                EVENING.url(),
                EVENING.organizerName(),
                EVENING.organizerEmail(),
                "Jürgen Müller-Lüdenscheidt",
                "mueller@example.org");
        byte[] ics = new CalendarFiles().message(CalendarMessage.request(List.of(umlauts), 1));
        for (String line : new String(ics, StandardCharsets.UTF_8).split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        VEvent event = (VEvent) parse(ics).getComponent("VEVENT").orElseThrow();
        assertThat(event.getDescription().getValue()).isEqualTo(long_);
        assertThat(de.klimaflow.support.IcsFiles.strictlyParsed(ics)
                        .getEvents()
                        .get(0)
                        .getDescription()
                        .getValue())
                .isEqualTo(long_);
    }

    @Test
    void everyKindOfFileValidatesWithASecondParser() throws Exception {
        CalendarFiles files = new CalendarFiles();
        for (byte[] ics : List.of(
                files.message(CalendarMessage.request(List.of(EVENING, WORKSHOP), 1)),
                files.message(CalendarMessage.cancellation(List.of(WORKSHOP), 2)),
                files.publication(List.of(EVENING, WORKSHOP)))) {
            de.klimaflow.support.IcsFiles.of(ics);
        }
    }

    static Calendar parse(byte[] ics) throws Exception {
        String text = new String(ics, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR").contains("\r\n");
        return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    }
}
