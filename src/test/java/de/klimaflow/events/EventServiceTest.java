package de.klimaflow.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import de.klimaflow.platform.FieldProblem;
import de.klimaflow.support.KlimaflowTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Event drafts: the seed forum is stored with its parts; every broken rule is refused and stores nothing. */
@KlimaflowTest
class EventServiceTest {

    @Autowired
    Venues venues;

    @Autowired
    EventService events;

    @Autowired
    PartSeats partSeats;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    /** The seed forum: evening event 3 Dec 18:00, workshop day 4 Dec 09:00, registration until 28 Nov. */
    EventDraft forum(Long venueId) {
        return EventDraftsForTests.forum(venueId, null);
    }

    long venue() {
        return EventDraftsForTests.venue(venues);
    }

    @Test
    void storesTheSeedForumWithItsParts() {
        long id = events.create(forum(venue()));
        Event event = events.find(id).orElseThrow();
        assertThat(event.getStatus()).isEqualTo(EventStatus.DRAFT);
        assertThat(event.getParts())
                .extracting(EventPart::getTitle)
                .containsExactly("Abendveranstaltung", "Workshoptag");
        assertThat(event.getParts().get(1).getAudiences())
                .containsExactlyInAnyOrder(Audience.ADMINISTRATION, Audience.OTHERS);
        assertThat(event.startsAt())
                .isEqualTo(EventDraftsForTests.ForumDates.now().eveningStarts());
        assertThat(event.getVenue().address()).isEqualTo("Burg Oschersleben (Test), An der Burg 1, 39387 Oschersleben");
    }

    @Test
    void theOverviewListsEachPartOnceWithItsAudiencesAndTheVenue() {
        // a fetch that joins the audiences repeats each part once per audience; the overview must not
        long id = events.create(forum(venue()));
        EventOverview overview = events.overviewOf(id).orElseThrow();
        assertThat(overview.parts())
                .extracting(EventOverview.PartOverview::title)
                .containsExactly("Abendveranstaltung", "Workshoptag");
        assertThat(overview.parts().get(0).audiences())
                .containsExactlyInAnyOrder(Audience.ELECTED_OFFICIALS, Audience.OTHERS);
        assertThat(overview.venue()).isEqualTo("Burg Oschersleben (Test), An der Burg 1, 39387 Oschersleben");
    }

    @Test
    void theRegistrationTermsNameThePartsAndTheEndAndKeepADraftClosed() {
        long id = events.create(forum(venue()));
        Event event = events.find(id).orElseThrow();
        RegistrationTerms terms = partSeats.registrationTerms(id).orElseThrow();
        assertThat(terms.open()).isFalse();
        assertThat(terms.invitationOnly()).isFalse();
        assertThat(terms.partIds())
                .containsExactlyInAnyOrderElementsOf(
                        event.getParts().stream().map(EventPart::getId).toList());
        assertThat(terms.lastPartEnds()).isEqualTo(event.getParts().get(1).getEndsAt());
        assertThat(partSeats.registrationTerms(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void aPublishedEventBeforeItsDeadlineIsOpenAndAnInvitationOnlyOneSaysSo() {
        Instant deadline = clock.instant().plus(Duration.ofDays(10));
        EventDraft invitationOnly =
                EventDraftsForTests.withDeadline(forum(venue()), deadline).byInvitationOnly();
        long id = events.create(invitationOnly);
        events.publish(id);
        RegistrationTerms terms = partSeats.registrationTerms(id).orElseThrow();
        assertThat(terms.open()).isTrue();
        assertThat(terms.invitationOnly()).isTrue();
        assertThat(terms.partIds()).hasSize(2);
    }

    @Test
    void updateReplacesPartsByPosition() {
        long id = events.create(forum(venue()));
        EventDraft forum = forum(venue());
        EventDraft oneDay = EventDraftsForTests.withParts(forum, forum.parts().subList(0, 1));
        events.update(id, oneDay);
        assertThat(events.find(id).orElseThrow().getParts())
                .extracting(EventPart::getTitle)
                .containsExactly("Abendveranstaltung");
    }

    @Test
    void endBeforeStartIsRefused() {
        assertRefused(
                part(
                        0,
                        p -> new EventDraft.Part(
                                p.title(),
                                null,
                                p.startsAt(),
                                p.startsAt().minusSeconds(60),
                                p.capacity(),
                                p.audiences())),
                "parts[0].endsAt",
                "event.error.endBeforeStart");
    }

    @Test
    void capacityMustBePositiveAndFitTheVenue() {
        assertRefused(
                part(1, p -> new EventDraft.Part(p.title(), null, p.startsAt(), p.endsAt(), 0, p.audiences())),
                "parts[1].capacity",
                "event.error.capacity");
        assertRefused(
                part(1, p -> new EventDraft.Part(p.title(), null, p.startsAt(), p.endsAt(), 500, p.audiences())),
                "parts[1].capacity",
                "event.error.capacityOverVenue");
    }

    @Test
    void deadlineAfterTheEventIsRefused() {
        EventDraft late = with(
                forum(venue()),
                d -> new EventDraft(
                        d.type(),
                        d.title(),
                        null,
                        null,
                        null,
                        d.venueId(),
                        d.format(),
                        null,
                        false,
                        true,
                        null,
                        EventDraftsForTests.ForumDates.now().eveningStarts().plus(java.time.Duration.ofHours(1)),
                        d.contactName(),
                        d.contactEmail(),
                        d.parts()));
        assertRefused(late, "registrationDeadline", "event.error.deadlineAfterEvent");
    }

    @Test
    void everyPartNeedsAnAudience() {
        assertRefused(
                part(0, p -> new EventDraft.Part(p.title(), null, p.startsAt(), p.endsAt(), p.capacity(), Set.of())),
                "parts[0].audiences",
                "event.error.audience");
    }

    @Test
    void onlineEventsNeedAnHttpsVideoLinkAndOnSiteEventsAVenue() {
        EventDraft online = with(
                forum(null),
                d -> new EventDraft(
                        EventType.NETWORK_MEETING,
                        d.title(),
                        null,
                        null,
                        null,
                        null,
                        EventFormat.ONLINE,
                        "javascript:alert(1)",
                        true,
                        true,
                        null,
                        d.registrationDeadline(),
                        d.contactName(),
                        d.contactEmail(),
                        d.parts()));
        assertRefused(online, "videoLink", "event.error.videoLink");
        assertRefused(forum(null), "venue", "event.error.venueRequired");
    }

    @Test
    void blankOversizedAndHostileTextIsRefused() {
        EventDraft bad = with(
                forum(venue()),
                d -> new EventDraft(
                        d.type(),
                        "x".repeat(201),
                        null,
                        null,
                        null,
                        d.venueId(),
                        d.format(),
                        null,
                        false,
                        true,
                        null,
                        d.registrationDeadline(),
                        " ",
                        "eve@example.org\r\nBcc: x@example.org",
                        d.parts()));
        assertThatThrownBy(() -> events.create(bad))
                .isInstanceOfSatisfying(
                        EventValidationException.class,
                        e -> assertThat(e.problems())
                                .contains(
                                        new FieldProblem("title", "event.error.tooLong"),
                                        new FieldProblem("contactName", "event.error.required"),
                                        new FieldProblem("contactEmail", "event.error.email")));
    }

    @Test
    void networkMeetingsAreAlwaysByInvitation() {
        EventDraft meeting = with(
                forum(null),
                d -> new EventDraft(
                        EventType.NETWORK_MEETING,
                        "Netzwerktreffen Q1",
                        null,
                        null,
                        null,
                        null,
                        EventFormat.ONLINE,
                        "https://video.example/kksm",
                        false,
                        true,
                        null,
                        d.registrationDeadline(),
                        d.contactName(),
                        d.contactEmail(),
                        d.parts()));
        assertThat(events.find(events.create(meeting)).orElseThrow().isInvitationOnly())
                .isTrue();
    }

    private EventDraft part(int index, UnaryOperator<EventDraft.Part> change) {
        EventDraft draft = forum(venue());
        List<EventDraft.Part> parts = new java.util.ArrayList<>(draft.parts());
        parts.set(index, change.apply(parts.get(index)));
        return with(
                draft,
                d -> new EventDraft(
                        d.type(),
                        d.title(),
                        d.description(),
                        null,
                        null,
                        d.venueId(),
                        d.format(),
                        null,
                        false,
                        true,
                        d.registrationOpensAt(),
                        d.registrationDeadline(),
                        d.contactName(),
                        d.contactEmail(),
                        parts));
    }

    private static EventDraft with(EventDraft draft, UnaryOperator<EventDraft> change) {
        return change.apply(draft);
    }

    private void assertRefused(EventDraft draft, String field, String message) {
        long before = jdbc.queryForObject("select count(*) from event", Long.class);
        assertThatThrownBy(() -> events.create(draft))
                .isInstanceOfSatisfying(
                        EventValidationException.class,
                        e -> assertThat(e.problems()).contains(new FieldProblem(field, message)));
        assertThat(jdbc.queryForObject("select count(*) from event", Long.class))
                .as("nothing stored")
                .isEqualTo(before);
    }
}
