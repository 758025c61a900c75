package de.klimaflow.registration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import de.klimaflow.events.Audience;
import de.klimaflow.events.EventDraft;
import de.klimaflow.events.EventDraftsForTests;
import de.klimaflow.events.EventFormat;
import de.klimaflow.events.EventService;
import de.klimaflow.events.EventType;
import de.klimaflow.events.ParticipantRole;
import de.klimaflow.support.KlimaflowTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many people confirm at the same moment on PostgreSQL: a part never gets more seats than it has, the
 * rest wait in the order they came, nobody is lost, and no lock or open transaction is left behind.
 */
@KlimaflowTest
class SeatingConcurrencyTest {

    private static final int SEATS = 50;
    private static final int PEOPLE = 200;

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(true);

    @Autowired
    RegistrationFixtures fixtures;

    @Autowired
    de.klimaflow.registration.RegistrationIntake intake;

    @Autowired
    de.klimaflow.events.Venues venues;

    @Autowired
    EventService events;

    @Autowired
    RegistrationService registrations;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoHundredSimultaneousConfirmationsForFiftySeats() throws Exception {
        long event = publishedEvent();
        long part = jdbc.queryForObject("select id from event_part where event_id = ?", Long.class, event);
        List<Long> ids = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            long id = intake.register(
                    event,
                    Set.of(part),
                    new NewRegistration(
                            "Person " + i, "p" + i + "@example.org", null, ParticipantRole.OTHER, null, Locale.GERMAN));
            ids.add(id);
            tokens.add(intake.optInLink(id).token());
        }
        fixtures.sendOptInMails(ids);
        assertThat(smtp.getReceivedMessages()).hasSize(PEOPLE);

        // as many at once as the connection pool serves (10); more would only queue for a connection
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<de.klimaflow.registration.Confirmation>> results = new ArrayList<>();
        for (String token : tokens) {
            results.add(pool.submit(() -> {
                start.await();
                return intake.confirm(token);
            }));
        }
        start.countDown();
        for (Future<de.klimaflow.registration.Confirmation> result : results) {
            assertThat(result.get(2, TimeUnit.MINUTES)).isEqualTo(de.klimaflow.registration.Confirmation.CONFIRMED);
        }
        pool.shutdown();

        Map<String, Object> counts = jdbc.queryForMap(
                "select count(*) filter (where status = 'SEAT') as seats,"
                        + " count(*) filter (where status = 'WAITING') as waiting, count(*) as all_bookings"
                        + " from registration_part where event_part_id = ?",
                part);
        assertThat(((Number) counts.get("seats")).intValue()).isEqualTo(SEATS);
        assertThat(((Number) counts.get("waiting")).intValue()).isEqualTo(PEOPLE - SEATS);
        assertThat(((Number) counts.get("all_bookings")).intValue())
                .as("nobody lost")
                .isEqualTo(PEOPLE);
        assertThat(jdbc.queryForObject(
                        "select count(*) from registration where event_id = ? and status in ('CONFIRMED', 'WAITLISTED')",
                        Integer.class,
                        event))
                .isEqualTo(PEOPLE);
        assertThat(jdbc.queryForObject(
                        "select count(*) from pg_locks l join pg_stat_activity a on a.pid = l.pid"
                                + " where a.datname = current_database() and a.pid <> pg_backend_pid() and l.locktype in ('tuple', 'transactionid')",
                        Integer.class))
                .as("no lock left behind")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from pg_stat_activity where datname = current_database()"
                                + " and state like 'idle in transaction%'",
                        Integer.class))
                .as("no transaction left open")
                .isZero();

        // first come, first served: a freed seat goes to whoever has waited longest
        Long longestWaiting = jdbc.queryForObject(
                "select registration_id from registration_part where event_part_id = ?"
                        + " and status = 'WAITING' order by waiting_since, registration_id limit 1",
                Long.class,
                part);
        Long seated = jdbc.queryForObject(
                "select min(registration_id) from registration_part where event_part_id = ?" + " and status = 'SEAT'",
                Long.class,
                part);
        registrations.cancelByStaff(seated);
        assertThat(registrations.find(longestWaiting).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(jdbc.queryForObject(
                        "select count(*) from registration_part where event_part_id = ? and status = 'SEAT'",
                        Integer.class,
                        part))
                .isEqualTo(SEATS);
    }

    @Test
    void confirmationsRacingCancellationsOfTheSamePeopleNeverOverbookAPart() throws Exception {
        long event = publishedEvent();
        long part = jdbc.queryForObject("select id from event_part where event_id = ?", Long.class, event);
        // 150 taken by phone (50 seated, 100 waiting), 150 new ones waiting for their opt-in
        List<Long> byPhone = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            byPhone.add(intake.registerByStaff(
                    event,
                    Set.of(part),
                    new NewRegistration(
                            "Telefon " + i,
                            "t" + i + "-" + event + "@example.org",
                            null,
                            ParticipantRole.OTHER,
                            null,
                            Locale.GERMAN)));
        }
        List<String> tokens = new ArrayList<>();
        List<String> personalLinks = new ArrayList<>();
        List<Long> web = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            RegistrationIntake.Registered registered = intake.registerWithToken(
                    event,
                    Set.of(part),
                    new NewRegistration(
                            "Web " + i,
                            "w" + i + "-" + event + "@example.org",
                            null,
                            ParticipantRole.OTHER,
                            null,
                            Locale.GERMAN),
                    null);
            long id = registered.registration().id();
            web.add(id);
            tokens.add(intake.optInLink(id).token());
            personalLinks.add(registered.selfServiceToken());
        }
        fixtures.sendOptInMails(web);
        List<java.util.concurrent.Callable<Object>> operations = new ArrayList<>();
        byPhone.forEach(id -> operations.add(() -> {
            registrations.cancelByStaff(id);
            return null;
        }));
        tokens.forEach(token -> operations.add(() -> intake.confirm(token)));
        // 50 of them are cancelled while they confirm: both lock the part, then the person. (By the desk: a personal
        // link
        // opens nothing before its address is confirmed, so only the desk can race the confirmation.)
        web.subList(0, 50)
                .forEach(id -> operations.add(() -> {
                    registrations.cancelByStaff(id);
                    return null;
                }));
        java.util.Collections.shuffle(operations, new java.util.Random(event));

        java.util.concurrent.atomic.AtomicBoolean racing = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger mostSeats = new java.util.concurrent.atomic.AtomicInteger();
        Thread watcher = new Thread(() -> {
            while (racing.get()) {
                int seats = jdbc.queryForObject(
                        "select count(*) from registration_part where event_part_id = ? and status = 'SEAT'",
                        Integer.class,
                        part);
                mostSeats.accumulateAndGet(seats, Math::max);
                reads.incrementAndGet();
            }
        });
        watcher.start();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Object>> results = pool.invokeAll(operations, 5, TimeUnit.MINUTES);
        pool.shutdown();
        racing.set(false);
        watcher.join();
        for (Future<Object> result : results) {
            result.get();
        }

        assertThat(reads.get()).as("the part was read during the race").isGreaterThan(10);
        assertThat(mostSeats.get()).as("seats at any read").isLessThanOrEqualTo(SEATS);
        Map<String, Object> counts = jdbc.queryForMap(
                "select count(*) filter (where status = 'SEAT') as seats,"
                        + " count(*) filter (where status = 'WAITING') as waiting from registration_part where event_part_id = ?",
                part);
        assertThat(((Number) counts.get("seats")).intValue())
                .as("every free seat taken")
                .isEqualTo(SEATS);
        assertThat(((Number) counts.get("waiting")).intValue())
                .as("nobody lost")
                .isEqualTo(100 - SEATS);
        assertThat(jdbc.queryForObject(
                        "select count(*) from registration where event_id = ? and status = 'CANCELLED'",
                        Integer.class,
                        event))
                .isEqualTo(200);
    }

    private long publishedEvent() {
        Instant start = Instant.now().plus(Duration.ofDays(10));
        return fixtures.publish(new EventDraft(
                EventType.REGIONAL_FORUM,
                "Ansturm " + System.nanoTime(),
                "Forum",
                null,
                null,
                EventDraftsForTests.venue(venues),
                EventFormat.ON_SITE,
                null,
                false,
                true,
                null,
                Instant.now().plus(Duration.ofDays(5)),
                "Eva Winkler",
                "eva@lena.example",
                List.of(new EventDraft.Part(
                        "Abendveranstaltung",
                        null,
                        start,
                        start.plus(Duration.ofHours(2)),
                        SEATS,
                        Set.of(Audience.OTHERS)))));
    }
}
