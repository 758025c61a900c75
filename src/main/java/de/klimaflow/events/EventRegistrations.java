package de.klimaflow.events;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the events feature needs to know about an event's registrations. Events owns this interface and
 * the registration feature, which sits above events, implements it: the dependency points down.
 */
public interface EventRegistrations {

    /** Seats taken per event part; parts without any are left out. */
    Map<Long, Long> seatsTaken(Collection<Long> partIds);

    /**
     * How many registrations the event has in each status, in the order of the registration's life;
     * the keys are the status names that the bundles translate as {@code registration.status.<name>}.
     */
    Map<String, Long> countByStatus(long eventId);

    /** Everyone with a confirmed seat, by name. */
    List<Participant> participants(long eventId);

    /**
     * Check-in at the door of one part: marks a participant seated there as present (or not). The events feature
     * decides whether check-in is open; {@code note} names the part and, before the event day, why it happened
     * then (kept in the registration's history).
     */
    void markAttended(long eventId, long registrationId, long partId, boolean present, String note);

    /**
     * The people to write to about the event, each with a fresh personal link that works until
     * {@code linksValidUntil} (links are stored only as hashes, so every mail gets a new one).
     */
    List<Addressee> addressees(long eventId, Addressees who, java.time.Instant linksValidUntil);

    /**
     * Someone with a seat, as lists, exports and the check-in show them: catering notes in {@code needs}; what they
     * need to take part in {@code accessibility}, which the venue gets with their name only if
     * {@code accessibilityToVenue}.
     */
    record Participant(
            long registrationId,
            String name,
            @Nullable String organisation,
            ParticipantRole role,
            Set<Long> partIds,
            Set<Long> attendedPartIds,
            @Nullable String needs,
            @Nullable String accessibility,
            boolean accessibilityToVenue) {

        /** Came to at least one part. */
        public boolean attended() {
            return !attendedPartIds.isEmpty();
        }

        public boolean attended(long partId) {
            return attendedPartIds.contains(partId);
        }
    }

    /**
     * The next calendar SEQUENCE of the registration's appointments (RFC 5545): a mail that moves or cancels them
     * carries it, so that the person's calendar applies it over what an earlier mail put there.
     */
    int nextCalendarSequence(long registrationId);

    /** A registrant to write to, with the token of their personal link, the parts of the mail and their seats. */
    record Addressee(
            long registrationId,
            String name,
            String email,
            Locale locale,
            String personalToken,
            Set<Long> partIds,
            Set<Long> seatIds) {}

    enum Addressees {
        /** confirmed participants: reminders and the follow-up */
        PARTICIPANTS,
        /** everyone still waiting for a seat in some part; the parts are those they wait for */
        STILL_WAITING,
        /** everyone whose registration is still active, whatever its state: told when the event moves */
        REGISTERED,
        /** everyone whose registration ended because the event was cancelled */
        CANCELLED_WITH_EVENT,
        /** confirmed participants who were checked in: the thank-you and their certificate */
        ATTENDED,
        /** confirmed participants who did not come: the documentation, if the event team chooses */
        MISSED
    }
}
