package de.klimaflow.privacy;

import java.time.Duration;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.klimaflow.privacy.process.PrivacyRetentionProcess;
import de.klimaflow.support.ProcessTestBase;
import de.klimaflow.support.TestMailProcess;

import static org.assertj.core.api.Assertions.assertThat;

/** The nightly retention process: a mail's text goes after its retention, its delivery record stays. */
class RetentionTest extends ProcessTestBase {

    @Autowired
    Retention retention;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    de.klimaflow.network.NetworkJoin joins;

    @Autowired
    de.klimaflow.consultation.ConsultationService cases;

    @Test
    void theNightlyRunBlanksMailsPastTheirRetentionAndKeepsTheirRecord() throws InterruptedException {
        String address = "rita.rest" + System.nanoTime() + "@example.org";
        TestMailProcess.deploy(repositoryService);
        runtimeService.startProcessInstanceByKey(
                TestMailProcess.KEY,
                "retention-" + System.nanoTime(),
                Map.of("kind", "registration-rejected", "to", address, "name", "Rita Rest", "eventTitle", "Forum"));
        managementService.createJobQuery().processDefinitionKey(TestMailProcess.KEY).list().stream()
                .filter(job -> job.getRetries() > 0)
                .forEach(job -> managementService.executeJob(job.getId()));
        assertThat(body(address)).contains("Rita Rest");
        long dueNow = dueMails();

        process.advanceClocks(Duration.ofDays(91));
        assertThat(dueMails()).as("the privacy page shows it as due").isGreaterThan(dueNow);
        process.fireStartTimer(PrivacyRetentionProcess.PROCESS_KEY, PrivacyRetentionProcess.START_DAILY);
        // its one step is asynchronous: run it here unless the job executor already took it
        runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(PrivacyRetentionProcess.PROCESS_KEY)
                .list()
                .stream()
                .filter(instance -> process.hasJob(instance, PrivacyRetentionProcess.TASK_APPLY_RETENTION))
                .forEach(instance -> process.execute(instance, PrivacyRetentionProcess.TASK_APPLY_RETENTION));
        for (int wait = 0; wait < 100 && running() > 0; wait++) {
            Thread.sleep(100);
        }
        assertThat(running()).as("the run ended").isZero();

        assertThat(body(address)).doesNotContain("Rita Rest").contains("Speicherfrist");
        assertThat(jdbc.queryForObject(
                        "select status from outbound_mail where recipient_email = ?", String.class, address))
                .as("the delivery record stays")
                .isEqualTo("SENT");
        assertThat(dueMails()).isZero();
    }

    @Test
    void aDeclinedJoinRequestIsAnonymisedOnlyAfterItsRetention() {
        String address = "dora.decline" + System.nanoTime() + "@example.org";
        joins.request(new de.klimaflow.network.NetworkJoin.NewJoinRequest(
                "Dora Declined", address, "Gemeinde Barleben", java.time.LocalDate.of(2026, 6, 1), "Hallo", false));
        long id = jdbc.queryForObject("select id from network_join_request where email = ?", Long.class, address);
        de.klimaflow.support.TestUsers.signIn(authentication, de.klimaflow.support.TestUsers.ADVISOR);
        joins.decide(id, false, "Nicht im Land tätig");

        process.advanceClocks(Duration.ofDays(30));
        retention.applyAll();
        assertThat(nameOf(id)).as("within its retention").isEqualTo("Dora Declined");

        process.advanceClocks(Duration.ofDays(61));
        assertThat(retention.due())
                .filteredOn(due -> due.category().equals("privacy.category.joinRequests"))
                .singleElement()
                .satisfies(due -> assertThat(due.count()).isPositive());
        retention.applyAll();
        assertThat(nameOf(id)).isEqualTo("anonymisiert");
        assertThat(jdbc.queryForObject("select status from network_join_request where id = ?", String.class, id))
                .as("the decision stays")
                .isEqualTo("DECLINED");
    }

    @Test
    void aClosedConsultationIsAnonymisedThreeYearsAfterItClosedAndKeepsItsFigures() {
        String address = "cora.closed" + System.nanoTime() + "@example.org";
        long caseId = cases.open(
                new de.klimaflow.consultation.NewCase(
                        "Gemeinde Barleben", "Cora Closed", address, "0391 555 0000", "Wir ziehen zurück"),
                de.klimaflow.consultation.Channel.WEB);
        de.klimaflow.support.TestUsers.signIn(authentication, de.klimaflow.support.TestUsers.ADVISOR);
        cases.withdrawn(caseId, "Der Gemeinderat hat anders entschieden.");

        process.advanceClocks(Duration.ofDays(365 * 2));
        retention.applyAll();
        assertThat(contactOf(caseId)).as("within its retention").isEqualTo("Cora Closed");

        process.advanceClocks(Duration.ofDays(366 + 1));
        retention.applyAll();
        assertThat(contactOf(caseId)).isEqualTo("anonymisiert");
        assertThat(jdbc.queryForObject(
                        "select count(*) from consultation_case where id = ? and contact_email = ?",
                        Long.class,
                        caseId,
                        address))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select municipality_name from consultation_case where id = ?", String.class, caseId))
                .as("the figures stay")
                .isEqualTo("Gemeinde Barleben");
    }

    private String contactOf(long caseId) {
        return jdbc.queryForObject("select contact_name from consultation_case where id = ?", String.class, caseId);
    }

    private String nameOf(long joinRequest) {
        return jdbc.queryForObject("select name from network_join_request where id = ?", String.class, joinRequest);
    }

    private long running() {
        return runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(PrivacyRetentionProcess.PROCESS_KEY)
                .count();
    }

    private String body(String address) {
        return jdbc.queryForObject(
                "select text_body from outbound_mail where recipient_email = ?", String.class, address);
    }

    private long dueMails() {
        return retention.due().stream()
                .filter(due -> due.category().equals("privacy.category.mails"))
                .mapToLong(Retention.Due::count)
                .sum();
    }
}
