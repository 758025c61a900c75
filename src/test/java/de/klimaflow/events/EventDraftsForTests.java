package de.klimaflow.events;

import java.time.Instant;
import java.time.LocalDateTime;

import de.klimaflow.platform.Formats;
import java.util.List;
import java.util.Set;

/** The seed forum as a draft, for tests. */
public final class EventDraftsForTests {

    private static final String VENUE = "Burg Oschersleben (Test)";

    public static EventDraft forum(Long venueId, Long regionId) {
        return new EventDraft(EventType.REGIONAL_FORUM, "Wärmezukunft nach Plan – Regionalforum Magdeburg",
                "Fünftes von fünf Regionalforen zur kommunalen Wärmeplanung.", null, regionId, venueId,
                EventFormat.ON_SITE, null, false, true, berlin("2026-11-01T08:00:00"),
                berlin("2026-11-28T23:59:00"), "Eva Winkler", "veranstaltungen@lena.example", List.of(
                        new EventDraft.Part("Abendveranstaltung", "Rechtsrahmen, Praxisbeispiele, Diskussion",
                                berlin("2026-12-03T18:00:00"), berlin("2026-12-03T20:30:00"),
                                80, Set.of(Audience.ELECTED_OFFICIALS, Audience.OTHERS)),
                        new EventDraft.Part("Workshoptag", null, berlin("2026-12-04T09:00:00"),
                                berlin("2026-12-04T15:00:00"), 40,
                                Set.of(Audience.ADMINISTRATION, Audience.OTHERS))));
    }

    /** The venue the test drafts use; created once per database. */
    public static long venue(EventService events) {
        return events.venues().stream().filter(venue -> venue.getName().equals(VENUE)).map(Venue::getId).findFirst()
                .orElseGet(() -> events.saveVenue(null, new VenueDraft(VENUE, "An der Burg 1", "39387", "Oschersleben",
                        null, null, null, null, List.of(new VenueDraft.Room("Saal", 120)))));
    }

    /** A local time in Berlin ("2026-12-03T18:00:00") as an instant. */
    public static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Formats.ZONE).toInstant();
    }

    /** The draft with this deadline; its parts move on by whole weeks until they start at least a day after it. */
    public static EventDraft withDeadline(EventDraft d, Instant deadline) {
        List<EventDraft.Part> parts = d.parts();
        while (parts.get(0).startsAt().isBefore(deadline.plus(java.time.Duration.ofDays(1)))) {
            parts = parts.stream().map(p -> new EventDraft.Part(p.title(), p.description(), nextWeek(p.startsAt()),
                    nextWeek(p.endsAt()), p.capacity(), p.audiences())).toList();
        }
        return new EventDraft(d.type(), d.title(), d.description(), d.seriesId(), d.regionId(), d.venueId(), d.format(),
                d.videoLink(), d.invitationOnly(), d.freeOfCharge(), d.registrationOpensAt(), deadline, d.contactName(),
                d.contactEmail(), parts);
    }

    private static Instant nextWeek(Instant at) {
        return at.atZone(Formats.ZONE).plusWeeks(1).toInstant();
    }

    private EventDraftsForTests() {
    }
}
