package de.klimaflow.platform;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.klimaflow.events.EventDraftsForTests;
import de.klimaflow.events.EventPart;
import de.klimaflow.events.EventService;
import de.klimaflow.events.ParticipantRole;
import de.klimaflow.notification.MailKinds;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestMailProcess;
import de.klimaflow.support.TestUsers;
import de.klimaflow.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Operators point Prometheus at /actuator/prometheus and find the engine's and the office's state there:
 * each figure moves when the thing it counts happens.
 */
@KlimaflowTest
class OperatorMetricsTest {

    @LocalServerPort
    int port;

    @Autowired
    de.klimaflow.registration.RegistrationIntake intake;

    @Autowired
    de.klimaflow.events.Venues venues;

    @Autowired
    IdentityService identityService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    EventService events;

    @Test
    void jobsIncidentsMailsTasksAndRegistrationsAreCountedWhenScraped() {
        TestUsers.ensure(identityService);
        TestMailProcess.deploy(repositoryService);
        Map<String, Double> before = scrape();

        // a new event gives the event team a task and the process a job (its overdue timer is not due yet)
        long event = events.create(EventDraftsForTests.forum(EventDraftsForTests.venue(venues), null));
        intake.registerConfirmed(
                event,
                events.find(event).orElseThrow().getParts().stream()
                        .map(EventPart::getId)
                        .collect(Collectors.toSet()),
                "Jana Krüger",
                "metrics-" + System.nanoTime() + "@example.org",
                null,
                ParticipantRole.OTHER,
                Locale.GERMAN);
        // a mail to an invalid address: a failed job, an incident and a FAILED mail
        String instance = runtimeService
                .startProcessInstanceByKey(
                        TestMailProcess.KEY,
                        "metrics-" + System.nanoTime(),
                        Map.of(
                                "kind",
                                MailKinds.REGISTRATION_REJECTED,
                                "to",
                                "jana.krueger@",
                                "name",
                                "Jana Krüger",
                                "eventTitle",
                                "Wärmezukunft nach Plan"))
                .getId();
        Map<String, Double> queued = scrape();
        assertThat(queued.get("klimaflow_engine_jobs_due"))
                .as("the send job is due")
                .isEqualTo(before.get("klimaflow_engine_jobs_due") + 1);
        String job = managementService
                .createJobQuery()
                .processInstanceId(instance)
                .singleResult()
                .getId();
        assertThatThrownBy(() -> managementService.executeJob(job)).hasMessageContaining("Ungültige Empfängeradresse");

        Map<String, Double> after = scrape();
        assertThat(after.get("klimaflow_engine_jobs_due")).isEqualTo(before.get("klimaflow_engine_jobs_due"));
        assertThat(after.get("klimaflow_engine_jobs_failed")).isEqualTo(before.get("klimaflow_engine_jobs_failed") + 1);
        assertThat(after.get("klimaflow_engine_incidents_open"))
                .isEqualTo(before.get("klimaflow_engine_incidents_open") + 1);
        assertThat(after.get("klimaflow_mails{status=\"FAILED\"}"))
                .isEqualTo(before.get("klimaflow_mails{status=\"FAILED\"}") + 1);
        assertThat(after)
                .containsKeys(
                        "klimaflow_mails{status=\"QUEUED\"}",
                        "klimaflow_mails{status=\"SENT\"}",
                        "klimaflow_mail_send_guards_total{outcome=\"awaited\"}",
                        "klimaflow_mail_send_guards_total{outcome=\"taken_over\"}");
        assertThat(after.get("klimaflow_tasks_open{group=\"event-team\"}"))
                .isEqualTo(before.get("klimaflow_tasks_open{group=\"event-team\"}") + 1);
        assertThat(after)
                .containsKeys(
                        "klimaflow_tasks_overdue{group=\"event-team\"}", "klimaflow_tasks_open{group=\"advisors\"}");
        assertThat(after.get("klimaflow_registrations{status=\"CONFIRMED\"}")
                        + after.get("klimaflow_registrations{status=\"WAITLISTED\"}"))
                .isEqualTo(before.get("klimaflow_registrations{status=\"CONFIRMED\"}")
                        + before.get("klimaflow_registrations{status=\"WAITLISTED\"}")
                        + 1);
    }

    /** Every klimaflow_ sample of the Prometheus text: name with labels → value. */
    private Map<String, Double> scrape() {
        var response = new WebSession(port)
                .basic(TestUsers.OPERATOR, TestUsers.PASSWORD)
                .get("/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Double> samples = new java.util.HashMap<>();
        Matcher line = Pattern.compile("(?m)^(klimaflow_[a-z_]+(?:\\{[^}]*})?) (\\S+)$")
                .matcher(response.body());
        while (line.find()) {
            samples.put(line.group(1).replace(",}", "}"), Double.valueOf(line.group(2)));
        }
        assertThat(samples)
                .as("klimaflow metrics")
                .containsKeys(
                        "klimaflow_engine_jobs_due", "klimaflow_engine_jobs_failed", "klimaflow_engine_incidents_open");
        return samples;
    }
}
