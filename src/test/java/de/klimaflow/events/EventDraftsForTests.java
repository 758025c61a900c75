package de.klimaflow.events;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The seed forum as a draft, for tests. */
final class EventDraftsForTests {

    static EventDraft forum(Long venueId, Long regionId) {
        return new EventDraft(EventType.REGIONAL_FORUM, "Wärmezukunft nach Plan – Regionalforum Magdeburg",
                "Fünftes von fünf Regionalforen zur kommunalen Wärmeplanung.", null, regionId, venueId,
                EventFormat.ON_SITE, null, false, true, EventServiceTest.berlin("2026-11-01T08:00:00"),
                EventServiceTest.berlin("2026-11-28T23:59:00"), "Eva Winkler", "veranstaltungen@lena.example", List.of(
                        new EventDraft.Part("Abendveranstaltung", "Rechtsrahmen, Praxisbeispiele, Diskussion",
                                EventServiceTest.berlin("2026-12-03T18:00:00"), EventServiceTest.berlin("2026-12-03T20:30:00"),
                                80, Set.of(Audience.ELECTED_OFFICIALS, Audience.OTHERS)),
                        new EventDraft.Part("Workshoptag", null, EventServiceTest.berlin("2026-12-04T09:00:00"),
                                EventServiceTest.berlin("2026-12-04T15:00:00"), 40,
                                Set.of(Audience.ADMINISTRATION, Audience.OTHERS))));
    }

    /** The venue the test drafts use; created once per database. */
    static long venue(VenueRepository venues) {
        return venues.findByName("Burg Oschersleben (Test)")
                .orElseGet(() -> venues.save(new Venue("Burg Oschersleben (Test)", "An der Burg 1", "39387", "Oschersleben", 120)))
                .getId();
    }

    static EventDraft withDeadline(EventDraft d, Instant deadline) {
        return new EventDraft(d.type(), d.title(), d.description(), d.seriesId(), d.regionId(), d.venueId(), d.format(),
                d.videoLink(), d.invitationOnly(), d.freeOfCharge(), d.registrationOpensAt(), deadline, d.contactName(),
                d.contactEmail(), d.parts());
    }

    private EventDraftsForTests() {
    }
}
