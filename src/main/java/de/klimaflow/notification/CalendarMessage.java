package de.klimaflow.notification;

import java.util.List;

/**
 * The calendar part of a mail to one attendee (iTIP, RFC 5546): the appointments it invites to or cancels, with the
 * UIDs of earlier mails, and a sequence that grows with each mail about them, so that calendars apply the newest.
 *
 * @param cancel   true for METHOD:CANCEL (the person no longer has these seats), false for METHOD:REQUEST
 * @param entries  one appointment per part
 * @param sequence larger than in any earlier calendar mail to this person about these appointments
 */
public record CalendarMessage(boolean cancel, List<CalendarEntry> entries, int sequence) {

    public CalendarMessage {
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a calendar message holds at least one appointment");
        }
    }

    public static CalendarMessage request(List<CalendarEntry> entries, int sequence) {
        return new CalendarMessage(false, entries, sequence);
    }

    public static CalendarMessage cancellation(List<CalendarEntry> entries, int sequence) {
        return new CalendarMessage(true, entries, sequence);
    }
}
