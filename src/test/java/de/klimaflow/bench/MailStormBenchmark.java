package de.klimaflow.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.context.TestPropertySource;

import com.zaxxer.hikari.HikariDataSource;

import de.klimaflow.events.EventDraftsForTests;
import de.klimaflow.events.EventPart;
import de.klimaflow.events.EventService;
import de.klimaflow.events.ParticipantRole;
import de.klimaflow.events.process.EventPlanningProcess;
import de.klimaflow.notification.process.MailProcess;
import de.klimaflow.support.KlimaflowTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 3 and the SMTP drill: 5,000 reminders come due at once, spread over 10 events, with the real
 * job executor and a real SMTP server in a process of its own ({@link SmtpSink}). Measures the time until
 * the SMTP server holds every mail, first with the starter's job-executor and pool defaults, then with the
 * settings in application.yml; then takes the SMTP server down for 10 s mid-storm and brings it back.
 * Asserts that no mail arrives twice and none is missing; prints the times and writes
 * target/bench/mail-storm.json. Run with {@code ./mvnw verify -Pbenchmark}.
 */
@Tag("benchmark")
@KlimaflowTest
@TestPropertySource(
        properties = {
            "spring.mail.port=" + MailStormBenchmark.SMTP_PORT,
            "camunda.bpm.job-execution.enabled=true",
            "logging.level.org.camunda.bpm.engine.context=off",
            "logging.level.org.camunda.bpm.engine.jobexecutor=off",
            "logging.level.de.klimaflow.notification=warn"
        })
class MailStormBenchmark {

    static final int SMTP_PORT = 3125;
    private static final int EVENTS = 10;
    private static final int PER_EVENT = Integer.getInteger("bench.mails-per-event", 500);
    /** The storm with the starter's job-executor defaults, the figure before the tuning; -Dbench.starter-defaults=false leaves it out. */
    private static final boolean STARTER_DEFAULTS =
            Boolean.parseBoolean(System.getProperty("bench.starter-defaults", "true"));

    private static final Duration LIMIT = Duration.ofMinutes(5);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Process sink;

    @Autowired
    de.klimaflow.registration.RegistrationIntake intake;

    @Autowired
    de.klimaflow.events.Venues venues;

    @Autowired
    EventService events;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    ProcessEngineConfigurationImpl engine;

    @Autowired
    @Qualifier("camundaTaskExecutor")
    ThreadPoolTaskExecutor jobThreads;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startSmtpServer() throws Exception {
        Files.createDirectories(Path.of("target/bench"));
        sink = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        SmtpSink.class.getName(),
                        Integer.toString(SMTP_PORT))
                .redirectErrorStream(true)
                .redirectOutput(new File("target/bench/smtp-sink.log"))
                .start();
        for (int i = 0; i < 100 && !control("stats").isPresent(); i++) {
            Thread.sleep(200);
        }
        assertThat(control("stats")).as("SMTP sink answers").isPresent();
    }

    @AfterAll
    static void stopSmtpServer() {
        control("quit");
        sink.destroy();
    }

    record Storm(
            String name,
            int mails,
            double seconds,
            long total,
            long distinct,
            long duplicates,
            long sameMessageId,
            String settings,
            String outbox) {
        double perSecond() {
            return mails / seconds;
        }
    }

    @Test
    void fiveThousandRemindersComeDueAtOnce() throws Exception {
        List<String> instances = eventsWithParticipants();
        int mails = instances.size() * PER_EVENT;
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        JobExecutor executor = engine.getJobExecutor();
        Map<String, Integer> configured = settings(executor, pool);

        List<Storm> storms = new ArrayList<>();
        // unmeasured: one event's reminders, so the first measured storm does not pay for the JIT compiler's work
        storm("warm-up", instances.subList(0, 1), PER_EVENT, false, "");
        // the starter's job-executor defaults; the pool stays as configured: at the starter's ten threads the
        // pool's default ten connections starve (each send job needs two), see docs/benchmarks.md
        if (STARTER_DEFAULTS) {
            apply(
                    Map.of("core", 3, "max", 10, "acquisition", 3, "waitMs", 5000, "pool", configured.get("pool")),
                    executor,
                    pool);
            storms.add(storm(
                    "starter defaults",
                    instances,
                    mails,
                    false,
                    settings(executor, pool).toString()));
            apply(configured, executor, pool);
        }
        storms.add(storm(
                "application.yml",
                instances,
                mails,
                false,
                settings(executor, pool).toString()));
        storms.add(storm(
                "SMTP down 10 s mid-storm",
                instances,
                mails,
                true,
                settings(executor, pool).toString()));

        System.out.printf(
                "%n%-26s %7s %9s %9s %9s %10s  %s%n",
                "mail storm", "mails", "seconds", "mails/s", "received", "duplicates", "settings");
        StringBuilder json = new StringBuilder("[");
        for (Storm storm : storms) {
            System.out.printf(
                    "%-26s %7d %9.1f %9.1f %9d %10d  %s%n",
                    storm.name(),
                    storm.mails(),
                    storm.seconds(),
                    storm.perSecond(),
                    storm.distinct(),
                    storm.duplicates(),
                    storm.settings());
            json.append(json.length() > 1 ? "," : "")
                    .append(String.format(
                            Locale.ROOT,
                            "{\"name\":\"%s\",\"mails\":%d,\"seconds\":%.2f,\"perSecond\":%.1f,\"received\":%d,\"duplicates\":%d,\"settings\":\"%s\"}",
                            storm.name(),
                            storm.mails(),
                            storm.seconds(),
                            storm.perSecond(),
                            storm.distinct(),
                            storm.duplicates(),
                            storm.settings()));
        }
        Files.writeString(
                Path.of("target/bench/mail-storm.json"), json.append("]").toString());
        Storm drill = storms.get(storms.size() - 1);
        System.out.println(
                "DRILL smtp-down-and-up: " + (drill.distinct() == mails && drill.duplicates() == 0 ? "PASS" : "FAIL")
                        + " (" + drill.distinct() + " of " + mails + " arrived, " + drill.duplicates() + " twice"
                        + (drill.duplicates() > 0 ? " (" + drill.sameMessageId() + " of them with one Message-ID)" : "")
                        + "; outbox " + drill.outbox() + ")");
        for (Storm storm : storms) {
            assertThat(storm.distinct())
                    .as(storm.name() + ": every mail arrived")
                    .isEqualTo(mails);
            assertThat(storm.total()).as(storm.name() + ": none twice").isEqualTo(mails);
        }
    }

    /** Ten published forums with 500 seated participants each, their processes parked at the start. */
    private List<String> eventsWithParticipants() throws Exception {
        long venue = EventDraftsForTests.venue(venues);
        jdbc.update("update venue_room set capacity = 10000 where venue_id = ?", venue);
        List<String> instances = new ArrayList<>();
        long start = System.nanoTime();
        // the events are filled four at a time: each books seats on its own parts only
        ExecutorService fillers = Executors.newFixedThreadPool(4);
        List<Future<String>> filled = new ArrayList<>();
        for (int e = 0; e < EVENTS; e++) {
            long event = events.create(EventDraftsForTests.forum(venue, null));
            jdbc.update("update event_part set capacity = ? where event_id = ?", PER_EVENT * 2, event);
            Set<Long> parts = events.find(event).orElseThrow().getParts().stream()
                    .map(EventPart::getId)
                    .collect(Collectors.toSet());
            filled.add(fillers.submit(() -> {
                for (int r = 0; r < PER_EVENT; r++) {
                    intake.registerConfirmed(
                            event,
                            parts,
                            "Teilnehmerin " + r,
                            "p" + r + ".e" + event + "@bench.example",
                            null,
                            ParticipantRole.OTHER,
                            Locale.GERMAN);
                }
                return runtimeService
                        .createProcessInstanceQuery()
                        .processDefinitionKey(EventPlanningProcess.PROCESS_KEY)
                        .processInstanceBusinessKey(Long.toString(event))
                        .singleResult()
                        .getId();
            }));
        }
        for (Future<String> instance : filled) {
            instances.add(instance.get(10, TimeUnit.MINUTES));
        }
        fillers.shutdown();
        System.out.printf(
                "%n%d events with %d seated participants each in %.1f s%n",
                EVENTS, PER_EVENT, (System.nanoTime() - start) / 1e9);
        return instances;
    }

    /** Moves every event to "remind the participants" at once, then waits until the SMTP server holds every mail. */
    private Storm storm(String name, List<String> instances, int mails, boolean outage, String settings)
            throws Exception {
        control("purge");
        java.sql.Timestamp since = new java.sql.Timestamp(System.currentTimeMillis());
        long start = System.nanoTime();
        for (String instance : instances) {
            ProcessInstanceModificationBuilder move = runtimeService.createProcessInstanceModification(instance);
            runtimeService.getActiveActivityIds(instance).forEach(move::cancelAllForActivity);
            move.startBeforeActivity(EventPlanningProcess.TASK_COMPOSE_REMINDERS)
                    .execute();
        }
        boolean wentDown = false;
        long[] stats = stats();
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (stats[1] < mails && System.nanoTime() < deadline) {
            Thread.sleep(250);
            stats = stats();
            if (outage && !wentDown && stats[1] >= mails / 5) {
                control("down");
                wentDown = true;
                Thread.sleep(10_000);
                control("up");
            }
            if (wentDown) {
                // sends still under way when the server went down fail later; the operator retries those too
                retryFailedSendJobs(instances);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        waitUntilNoJobsLeft(instances);
        stats = stats(); // a mail sent twice may arrive after the last one missing
        // the app's own account of the storm: tells a mail the app lost from one the SMTP server lost
        String outbox = jdbc
                        .queryForList(
                                "select status, count(*) as n from outbound_mail where created_at >= ?"
                                        + " group by status order by status",
                                since)
                        .stream()
                        .map(row -> row.get("status") + "=" + row.get("n"))
                        .collect(Collectors.joining(", ", "{", "}"))
                + ", sent after more than one try "
                + jdbc.queryForObject(
                        "select count(*) from outbound_mail"
                                + " where created_at >= ? and status = 'SENT' and attempts > 1",
                        Long.class,
                        since);
        return new Storm(name, mails, seconds, stats[0], stats[1], stats[2], stats[3], settings, outbox);
    }

    /** What an operator does after an SMTP outage: run the send jobs that wait for their next try now. */
    private void retryFailedSendJobs(List<String> instances) {
        int retried = 0;
        for (String instance : instances) {
            for (Job job : managementService
                    .createJobQuery()
                    .processInstanceId(instance)
                    .withException()
                    .list()) {
                retried += retry(job);
            }
        }
        for (Job job : managementService
                .createJobQuery()
                .processDefinitionKey(MailProcess.PROCESS_KEY)
                .withException()
                .list()) {
            retried += retry(job);
        }
        if (retried > 0) {
            System.out.println("SMTP back: " + retried + " failed send jobs retried through the engine API");
        }
    }

    private int retry(Job job) {
        try {
            if (job.getRetries() == 0) {
                managementService.setJobRetries(job.getId(), 1);
            }
            managementService.setJobDuedate(job.getId(), new Date());
            return 1;
        } catch (org.camunda.bpm.engine.ProcessEngineException ranMeanwhile) {
            // the job executor tried it again between the query and now, and it is gone: nothing to retry
            return 0;
        }
    }

    /**
     * Waits until the mail-outs are over and no job of the events is due, so the next storm's process
     * modification does not collide with a job the executor still runs (an optimistic-locking conflict).
     */
    private void waitUntilNoJobsLeft(List<String> instances) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline
                && (managementService
                                        .createJobQuery()
                                        .processDefinitionKey(MailProcess.PROCESS_KEY)
                                        .count()
                                > 0
                        || instances.stream()
                                .anyMatch(instance -> managementService
                                                .createJobQuery()
                                                .processInstanceId(instance)
                                                .executable()
                                                .count()
                                        > 0))) {
            Thread.sleep(200);
        }
    }

    private Map<String, Integer> settings(JobExecutor executor, HikariDataSource pool) {
        Map<String, Integer> values = new LinkedHashMap<>();
        values.put("core", jobThreads.getCorePoolSize());
        values.put("max", jobThreads.getMaxPoolSize());
        values.put("acquisition", executor.getMaxJobsPerAcquisition());
        values.put("waitMs", executor.getWaitTimeInMillis());
        values.put("pool", pool.getHikariConfigMXBean().getMaximumPoolSize());
        return values;
    }

    private void apply(Map<String, Integer> values, JobExecutor executor, HikariDataSource pool) {
        // raise max before core: the pool refuses a core size above its maximum
        jobThreads.setMaxPoolSize(Math.max(values.get("max"), jobThreads.getCorePoolSize()));
        jobThreads.setCorePoolSize(values.get("core"));
        jobThreads.setMaxPoolSize(values.get("max"));
        executor.setMaxJobsPerAcquisition(values.get("acquisition"));
        executor.setWaitTimeInMillis(values.get("waitMs"));
        pool.getHikariConfigMXBean().setMaximumPoolSize(values.get("pool"));
    }

    private static long[] stats() {
        String[] parts = control("stats").orElseThrow().trim().split(" ");
        return new long[] {
            Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3])
        };
    }

    private static java.util.Optional<String> control(String command) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + (SMTP_PORT + 1) + "/" + command))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return java.util.Optional.of(response.body());
        } catch (IOException e) {
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }
}
