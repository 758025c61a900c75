package de.klimaflow.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the .ics files of mails with two independent parsers: ical4j, and biweekly with every warning of its reader
 * and every finding of its RFC 5545 validation taken as an error. Every physical line is checked for 75 octets.
 */
public final class IcsFiles {

    private IcsFiles() {}

    /** What a test needs of one calendar file. */
    public record Ics(String method, List<String> uids, List<Integer> sequences, String text) {}

    /** The calendar attached to the mail under this file name, parsed and checked strictly. */
    public static Ics of(MimeMessage mail, String fileName) throws Exception {
        String text = ReceivedMail.attachment(mail, fileName);
        assertThat(text).as(fileName + " attached").isNotNull();
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    public static Ics of(byte[] ics) throws Exception {
        String text = new String(ics, StandardCharsets.UTF_8);
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                    .as("octets of: " + line)
                    .isLessThanOrEqualTo(75);
        }
        strictlyParsed(ics);
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        return new Ics(
                calendar.getProperty(Property.METHOD).orElseThrow().getValue(),
                events.stream()
                        .map(event -> event.getUid().orElseThrow().getValue())
                        .toList(),
                events.stream()
                        .map(event -> Integer.valueOf(event.getProperty(Property.SEQUENCE)
                                .orElseThrow()
                                .getValue()))
                        .toList(),
                text);
    }

    /** biweekly's reading of the file: no warnings, and nothing its RFC 5545 validation finds. */
    public static biweekly.ICalendar strictlyParsed(byte[] ics) throws Exception {
        try (biweekly.io.text.ICalReader reader =
                new biweekly.io.text.ICalReader(new String(ics, StandardCharsets.UTF_8))) {
            biweekly.ICalendar calendar = reader.readNext();
            assertThat(reader.getWarnings()).as("parser warnings").isEmpty();
            assertThat(calendar).isNotNull();
            var findings = calendar.validate(biweekly.ICalVersion.V2_0);
            assertThat(findings.isEmpty()).as(findings.toString()).isTrue();
            return calendar;
        }
    }
}
