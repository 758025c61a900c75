package de.klimaflow.registration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import de.klimaflow.events.EventDraft;
import de.klimaflow.events.ParticipantRole;
import de.klimaflow.support.KlimaflowTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two parallel workshops of 20 seats and 200 people confirming at once on PostgreSQL, with mixed first and second
 * choices: no session is ever over its seats, and replaying the decisions in the order they were taken (the order of
 * their log lines, written under the sessions' row locks) gives each person what the rule promises: the first choice
 * while it has seats, else the second, else the first choice's waiting list. A freed seat goes to the longest waiting.
 */
@KlimaflowTest
class ParallelSessionsTest {

    private static final int SEATS = 20;
    private static final int PEOPLE = 200;

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(true);

    @Autowired
    RegistrationFixtures fixtures;

    @Autowired
    RegistrationIntake intake;

    @Autowired
    RegistrationService registrations;

    @Autowired
    de.klimaflow.events.EventService events;

    @Autowired
    de.klimaflow.events.Venues venues;

    @Autowired
    JdbcTemplate jdbc;

    /** What a person chose: a first session and maybe a second. */
    private record Choice(long first, Long second) {}

    @Test
    void everyoneGetsTheFirstChoiceWhileItHasSeatsThenTheSecondThenTheFirstsWaitingList() throws Exception {
        long event = fixtures.publish(fixtures.parallelWorkshops(SEATS, SEATS));
        List<Long> sessions = fixtures.parts(event);
        long a = sessions.get(0);
        long b = sessions.get(1);
        Map<Long, Choice> choices = new HashMap<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            // three in five want A, then B (so A fills first and B's seats go to some of them); one in five wants B,
            // then A; one in five wants B only
            Choice choice = i % 5 < 3 ? new Choice(a, b) : i % 5 == 3 ? new Choice(b, a) : new Choice(b, null);
            NewRegistration person = new NewRegistration(
                    "Person " + i,
                    "s" + i + "-" + event + "@example.org",
                    null,
                    ParticipantRole.OTHER,
                    null,
                    Locale.GERMAN);
            long id = intake.register(
                    event,
                    Set.of(choice.first()),
                    choice.second() == null
                            ? person
                            : person.withSecondChoices(Map.of(choice.first(), choice.second())));
            choices.put(id, choice);
            tokens.add(intake.optInLink(id).token());
        }
        fixtures.sendOptInMails(choices.keySet());

        AtomicBoolean racing = new AtomicBoolean(true);
        AtomicInteger mostSeats = new AtomicInteger();
        AtomicInteger reads = new AtomicInteger();
        Thread watcher = new Thread(() -> {
            while (racing.get()) {
                mostSeats.accumulateAndGet(
                        jdbc.queryForObject(
                                "select coalesce(max(n), 0) from (select count(*) as n from registration_part"
                                        + " where event_part_id in (?, ?) and status = 'SEAT' group by event_part_id) s",
                                Integer.class,
                                a,
                                b),
                        Math::max);
                reads.incrementAndGet();
            }
        });
        watcher.start();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Confirmation>> confirmations = new ArrayList<>();
        tokens.forEach(token -> confirmations.add(() -> intake.confirm(token)));
        List<Future<Confirmation>> results = pool.invokeAll(confirmations, 5, TimeUnit.MINUTES);
        pool.shutdown();
        racing.set(false);
        watcher.join();
        for (Future<Confirmation> result : results) {
            assertThat(result.get()).isEqualTo(Confirmation.CONFIRMED);
        }
        assertThat(reads.get()).as("the sessions were read during the race").isGreaterThan(10);
        assertThat(mostSeats.get()).as("seats of a session at any read").isLessThanOrEqualTo(SEATS);

        // replay the decisions in the order they were taken
        List<Long> order = jdbc.queryForList(
                "select registration_id from registration_log where kind in ('SEATED', 'WAITLISTED')"
                        + " and registration_id in (select id from registration where event_id = ?) order by id",
                Long.class,
                event);
        assertThat(order).as("one decision each").hasSize(PEOPLE).doesNotHaveDuplicates();
        Map<Long, Integer> seatsTaken = new HashMap<>(Map.of(a, 0, b, 0));
        int secondChoicesGiven = 0;
        for (long id : order) {
            Choice choice = choices.get(id);
            String expected;
            if (seatsTaken.get(choice.first()) < SEATS) {
                seatsTaken.merge(choice.first(), 1, Integer::sum);
                expected = "SEAT in " + choice.first();
            } else if (choice.second() != null && seatsTaken.get(choice.second()) < SEATS) {
                seatsTaken.merge(choice.second(), 1, Integer::sum);
                expected = "SEAT in " + choice.second() + " instead of " + choice.first();
                secondChoicesGiven++;
            } else {
                expected = "WAITING in " + choice.first();
            }
            assertThat(outcome(id)).as("registration %d, decided in turn", id).isEqualTo(expected);
        }
        assertThat(seatsTaken).containsEntry(a, SEATS).containsEntry(b, SEATS);
        assertThat(secondChoicesGiven).as("the test met the second choice").isPositive();

        // a freed seat in A goes to whoever waits longest for A
        Long longestWaiting = jdbc.queryForObject(
                "select registration_id from registration_part where event_part_id = ? and status = 'WAITING'"
                        + " order by waiting_since, registration_id limit 1",
                Long.class,
                a);
        Long seatedInA = jdbc.queryForObject(
                "select min(registration_id) from registration_part where event_part_id = ? and status = 'SEAT'",
                Long.class,
                a);
        registrations.cancelByStaff(seatedInA);
        assertThat(outcome(longestWaiting)).isEqualTo("SEAT in " + a);
    }

    @Test
    void twoSessionsOfOneSlotOrASecondChoiceFromElsewhereAreRefusedAndNothingIsStored() {
        long event = fixtures.publish(fixtures.parallelWorkshops(SEATS, SEATS));
        List<Long> sessions = fixtures.parts(event);
        long other = fixtures.parts(fixtures.publishedForum(5, 5)).get(0);
        NewRegistration person = new NewRegistration(
                "Rita Wahl", "rita-" + event + "@example.org", null, ParticipantRole.OTHER, null, Locale.GERMAN);
        assertThatThrownBy(() -> intake.register(event, Set.copyOf(sessions), person))
                .isInstanceOfSatisfying(
                        RegistrationRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(RegistrationRefused.Reason.SESSION_CHOICE));
        for (Runnable refused : List.<Runnable>of(
                () -> intake.register(
                        event, Set.of(sessions.get(0)), person.withSecondChoices(Map.of(sessions.get(0), other))),
                () -> intake.register(
                        event,
                        Set.of(sessions.get(0)),
                        person.withSecondChoices(Map.of(sessions.get(0), sessions.get(0)))),
                () -> intake.register(
                        event,
                        Set.of(sessions.get(0)),
                        person.withSecondChoices(Map.of(sessions.get(1), sessions.get(0)))))) {
            assertThatThrownBy(refused::run)
                    .isInstanceOfSatisfying(
                            RegistrationRefused.class,
                            e -> assertThat(e.reason()).isEqualTo(RegistrationRefused.Reason.SECOND_CHOICE));
        }
        assertThat(jdbc.queryForObject("select count(*) from registration where event_id = ?", Integer.class, event))
                .isZero();
    }

    @Test
    void sessionsOfOneSlotRunAtTheSameTimeEachInARoomOfItsOwn() {
        EventDraft draft = fixtures.parallelWorkshops(SEATS, SEATS);
        EventDraft.Part a = draft.parts().get(0);
        EventDraft.Part b = draft.parts().get(1);
        EventDraft later = withParts(
                draft,
                a,
                new EventDraft.Part(
                        b.title(),
                        null,
                        b.startsAt().plus(Duration.ofHours(1)),
                        b.endsAt(),
                        20,
                        b.audiences(),
                        "Workshops",
                        "Saal 2"));
        EventDraft sameRoom = withParts(
                draft,
                a,
                new EventDraft.Part(
                        b.title(), null, b.startsAt(), b.endsAt(), 20, b.audiences(), "Workshops", " saal 1 "));
        assertThatThrownBy(() -> events.create(later))
                .isInstanceOfSatisfying(
                        de.klimaflow.events.EventValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(
                                        de.klimaflow.platform.FieldProblem::field,
                                        de.klimaflow.platform.FieldProblem::message)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        "parts[1].startsAt", "event.error.slotTimes")));
        assertThatThrownBy(() -> events.create(sameRoom))
                .isInstanceOfSatisfying(
                        de.klimaflow.events.EventValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(
                                        de.klimaflow.platform.FieldProblem::field,
                                        de.klimaflow.platform.FieldProblem::message)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple("parts[1].room", "event.error.roomTwice")));
    }

    private static EventDraft withParts(EventDraft draft, EventDraft.Part... parts) {
        return new EventDraft(
                draft.type(),
                draft.title(),
                draft.description(),
                draft.seriesId(),
                draft.regionId(),
                draft.venueId(),
                draft.format(),
                draft.videoLink(),
                draft.invitationOnly(),
                draft.freeOfCharge(),
                draft.registrationOpensAt(),
                draft.registrationDeadline(),
                draft.contactName(),
                draft.contactEmail(),
                List.of(parts));
    }

    /** Where the registration stands, as one line: its one booking. */
    private String outcome(long registrationId) {
        return jdbc.queryForObject(
                "select status || ' in ' || event_part_id || coalesce(' instead of ' || first_choice_part_id, '')"
                        + " from registration_part where registration_id = ?",
                String.class,
                registrationId);
    }
}
