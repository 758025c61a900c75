package de.klimaflow.platform;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/** Dates as German offices write them, in Europe/Berlin, whatever the UI language. */
public final class Formats {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZONE);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(ZONE);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm").withZone(ZONE);

    /** Today in the agency's time zone, by the application's clock. */
    public static java.time.LocalDate today(java.time.Clock clock) {
        return java.time.LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** A date-time picker's value for an instant, in the agency's time zone; none for none. */
    public static java.time.@Nullable LocalDateTime local(@Nullable Instant instant) {
        return instant == null ? null : java.time.LocalDateTime.ofInstant(instant, ZONE);
    }

    /** The instant of a date-time picker's value, read in the agency's time zone; none for none. */
    public static @Nullable Instant instant(java.time.@Nullable LocalDateTime local) {
        return local == null ? null : local.atZone(ZONE).toInstant();
    }

    public static String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    public static String date(java.time.LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** "03.12.2026 18:00–20:30", or both dates when it spans days. */
    public static String span(Instant start, Instant end) {
        return dateTime(start) + "–" + (date(start).equals(date(end)) ? time(end) : dateTime(end));
    }

    /** "03.12.2026" or "03.12.2026–04.12.2026". */
    public static String days(Instant start, Instant end) {
        return date(start).equals(date(end)) ? date(start) : date(start) + "–" + date(end);
    }

    private Formats() {}
}
