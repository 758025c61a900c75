package de.klimaflow.events;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import de.klimaflow.platform.Formats;

/** The seed forum as a draft, for tests, on dates taken from the clock: always ahead, whenever the suite runs. */
public final class EventDraftsForTests {

    private static final String VENUE = "Burg Oschersleben (Test)";

    /**
     * The forum's dates: registration opened a week ago; the evening is on a Thursday eight weeks or more ahead, the
     * workshop day the day after, and registration closes the Saturday before, at 23:59 (all Berlin time).
     */
    public record ForumDates(
            Instant opens,
            Instant deadline,
            Instant eveningStarts,
            Instant eveningEnds,
            Instant workshopStarts,
            Instant workshopEnds) {

        public static ForumDates from(Clock clock) {
            LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
            LocalDate evening = today.plusWeeks(8).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
            return new ForumDates(
                    at(today.minusWeeks(1), "08:00"),
                    at(evening.minusDays(5), "23:59"),
                    at(evening, "18:00"),
                    at(evening, "20:30"),
                    at(evening.plusDays(1), "09:00"),
                    at(evening.plusDays(1), "15:00"));
        }

        /** Today's fixture dates, by the shared context's clock at rest (it runs at the real time). */
        public static ForumDates now() {
            return from(Clock.systemUTC());
        }

        private static Instant at(LocalDate day, String time) {
            return day.atTime(LocalTime.parse(time)).atZone(Formats.ZONE).toInstant();
        }
    }

    public static EventDraft forum(Long venueId, Long regionId) {
        return forum(ForumDates.now(), venueId, regionId);
    }

    public static EventDraft forum(ForumDates dates, Long venueId, Long regionId) {
        return new EventDraft(
                EventType.REGIONAL_FORUM,
                "Wärmezukunft nach Plan – Regionalforum Magdeburg",
                "Fünftes von fünf Regionalforen zur kommunalen Wärmeplanung.",
                null,
                regionId,
                venueId,
                EventFormat.ON_SITE,
                null,
                false,
                true,
                dates.opens(),
                dates.deadline(),
                "Eva Winkler",
                "veranstaltungen@lena.example",
                List.of(
                        new EventDraft.Part(
                                "Abendveranstaltung",
                                "Rechtsrahmen, Praxisbeispiele, Diskussion",
                                dates.eveningStarts(),
                                dates.eveningEnds(),
                                80,
                                Set.of(Audience.ELECTED_OFFICIALS, Audience.OTHERS)),
                        new EventDraft.Part(
                                "Workshoptag",
                                null,
                                dates.workshopStarts(),
                                dates.workshopEnds(),
                                40,
                                Set.of(Audience.ADMINISTRATION, Audience.OTHERS))));
    }

    /** An online network meeting by invitation, twenty days ahead, registration until ten days ahead. */
    public static EventDraft networkMeeting() {
        Instant start = Instant.now().plus(java.time.Duration.ofDays(20));
        return new EventDraft(
                EventType.NETWORK_MEETING,
                "Netzwerktreffen " + System.nanoTime(),
                null,
                null,
                null,
                null,
                EventFormat.ONLINE,
                "https://video.example/netzwerk",
                true,
                true,
                null,
                Instant.now().plus(java.time.Duration.ofDays(10)),
                "Eva Winkler",
                "eva@lena.example",
                List.of(new EventDraft.Part(
                        "Netzwerktreffen",
                        "Austausch",
                        start,
                        start.plus(java.time.Duration.ofHours(3)),
                        60,
                        Set.of(Audience.CLIMATE_MANAGERS))));
    }

    /** The venue the test drafts use; created once per database. */
    public static long venue(Venues venues) {
        return venues.all().stream()
                .filter(venue -> venue.getName().equals(VENUE))
                .map(Venue::getId)
                .findFirst()
                .orElseGet(() -> venues.save(
                        null,
                        new VenueDraft(
                                VENUE,
                                "An der Burg 1",
                                "39387",
                                "Oschersleben",
                                null,
                                null,
                                null,
                                null,
                                List.of(new VenueDraft.Room("Saal", 120)))));
    }

    /** A local time in Berlin ("2026-12-03T18:00:00") as an instant. */
    public static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Formats.ZONE).toInstant();
    }

    /** The draft with this deadline; its parts move on by whole weeks until they start at least a day after it. */
    public static EventDraft withDeadline(EventDraft d, Instant deadline) {
        List<EventDraft.Part> parts = d.parts();
        while (parts.get(0).startsAt().isBefore(deadline.plus(java.time.Duration.ofDays(1)))) {
            parts = parts.stream()
                    .map(p -> new EventDraft.Part(
                            p.title(),
                            p.description(),
                            nextWeek(p.startsAt()),
                            nextWeek(p.endsAt()),
                            p.capacity(),
                            p.audiences()))
                    .toList();
        }
        return copy(d, d.venueId(), deadline, parts);
    }

    /** The draft at another venue. */
    public static EventDraft withVenue(EventDraft d, long venueId) {
        return copy(d, venueId, d.registrationDeadline(), d.parts());
    }

    /** The draft with other parts. */
    public static EventDraft withParts(EventDraft d, List<EventDraft.Part> parts) {
        return copy(d, d.venueId(), d.registrationDeadline(), parts);
    }

    /** The draft held online or hybrid, with this video-conference link (online: without a venue). */
    public static EventDraft online(EventDraft d, de.klimaflow.events.EventFormat format, String link) {
        return new EventDraft(
                d.type(),
                d.title(),
                d.description(),
                d.seriesId(),
                d.regionId(),
                format.needsVenue() ? d.venueId() : null,
                format,
                link,
                d.invitationOnly(),
                d.freeOfCharge(),
                d.registrationOpensAt(),
                d.registrationDeadline(),
                d.contactName(),
                d.contactEmail(),
                d.parts());
    }

    private static EventDraft copy(
            EventDraft d, @Nullable Long venueId, @Nullable Instant deadline, List<EventDraft.Part> parts) {
        return new EventDraft(
                d.type(),
                d.title(),
                d.description(),
                d.seriesId(),
                d.regionId(),
                venueId,
                d.format(),
                d.videoLink(),
                d.invitationOnly(),
                d.freeOfCharge(),
                d.registrationOpensAt(),
                deadline,
                d.contactName(),
                d.contactEmail(),
                parts);
    }

    private static Instant nextWeek(Instant at) {
        return at.atZone(Formats.ZONE).plusWeeks(1).toInstant();
    }

    private EventDraftsForTests() {}
}
