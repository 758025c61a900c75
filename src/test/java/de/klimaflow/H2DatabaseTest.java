package de.klimaflow;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;

import de.klimaflow.consultation.process.ConsultationProcess;
import de.klimaflow.consultation.process.DemoConsultations;
import de.klimaflow.events.EventOverview;
import de.klimaflow.events.EventService;
import de.klimaflow.events.ParticipantRole;
import de.klimaflow.events.process.DemoEvents;
import de.klimaflow.registration.NewRegistration;
import de.klimaflow.registration.process.RegistrationProcess;
import de.klimaflow.security.CamundaIdentityAuthenticationProvider;
import de.klimaflow.security.DemoUsers;
import de.klimaflow.security.Groups;
import de.klimaflow.support.BrowserlessUi;
import de.klimaflow.support.TestUsers;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default: H2 with the demo profile. Migrations, Camunda's schema, the demo seed (once
 * only) and a process round trip must work here as on PostgreSQL.
 */
@Tag("h2")
@SpringBootTest
@ActiveProfiles({"test", "demo", "h2"})
class H2DatabaseTest {

    @org.junit.jupiter.api.extension.RegisterExtension
    static com.icegreen.greenmail.junit5.GreenMailExtension smtp = new com.icegreen.greenmail.junit5.GreenMailExtension(
                    com.icegreen.greenmail.util.ServerSetupTest.SMTP)
            .withPerMethodLifecycle(true);

    @Autowired
    de.klimaflow.registration.RegistrationIntake intake;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Flyway flyway;

    @Autowired
    IdentityService identityService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    DemoConsultations demoConsultations;

    @Autowired
    CamundaIdentityAuthenticationProvider authentication;

    @Autowired
    ApplicationContext context;

    @Autowired
    EventService events;

    @Autowired
    org.camunda.bpm.engine.ManagementService managementService;

    @Test
    void runsOnH2() {
        assertThat(jdbc.queryForObject("select h2version()", String.class)).startsWith("2.");
        assertThat(flyway.info().applied())
                .isNotEmpty()
                .allSatisfy(
                        migration -> assertThat(migration.getState().isFailed()).isFalse());
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from information_schema.indexes where index_name = 'KF_IDX_JOB_DUEDATE'",
                        Long.class))
                .as("the job executor's due-date index")
                .isOne();
    }

    @Test
    void demoSeedsUsersAndDataOnlyOnce() throws Exception {
        assertThat(identityService
                        .createGroupQuery()
                        .groupIdIn(Groups.ALL.toArray(String[]::new))
                        .count())
                .isEqualTo(Groups.ALL.size());
        for (String user : new String[] {"demo", "event", "desk", "advisor", "manager"}) {
            assertThat(identityService.checkPassword(user, user)).as(user).isTrue();
        }
        assertThat(identityService
                        .createUserQuery()
                        .userId("demo")
                        .memberOfGroup(Groups.OPERATORS)
                        .count())
                .isOne();
        long cases = jdbc.queryForObject("select count(*) from consultation_case", Long.class);
        long instances = runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(ConsultationProcess.PROCESS_KEY)
                .count();
        assertThat(cases).isEqualTo(4);
        assertThat(instances).isEqualTo(4);
        assertThat(taskService
                        .createTaskQuery()
                        .processDefinitionKey(ConsultationProcess.PROCESS_KEY)
                        .taskAssignee("advisor")
                        .count())
                .as("the Magdeburg region's advisor has the region's known municipalities")
                .isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from climate_manager where public_listing", Long.class))
                .as("the public directory has entries")
                .isEqualTo(2);

        // a restart runs the seeders again: nothing is added
        demoUsers.run(new DefaultApplicationArguments());
        demoConsultations.run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject("select count(*) from consultation_case", Long.class))
                .isEqualTo(cases);
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processDefinitionKey(ConsultationProcess.PROCESS_KEY)
                        .count())
                .isEqualTo(instances);
    }

    @Test
    void demoForumTakesRegistrationsWhicheverDayTheDemoIsSeeded() {
        assertThat(events.publicCalendar())
                .filteredOn(event -> event.title().equals(DemoEvents.FORUM_TITLE))
                .singleElement()
                .satisfies(forum -> assertThat(forum.registrationOpen()).isTrue());
    }

    @Test
    void theDemoForumsSeatsAreCountedPerPart() {
        // the seat count is SQL of our own (RegistrationRepository.bookingsPerPart), so H2 runs it too
        EventOverview forum = events.publicCalendar().stream()
                .filter(event -> event.title().equals(DemoEvents.FORUM_TITLE))
                .findFirst()
                .orElseThrow();
        assertThat(forum.parts())
                .allSatisfy(part -> assertThat(part.taken())
                        .isEqualTo(jdbc.queryForObject(
                                "select count(*) from registration_part where event_part_id = ? and status = 'SEAT'",
                                Long.class,
                                part.id())));
        assertThat(forum.parts().stream()
                        .mapToLong(EventOverview.PartOverview::taken)
                        .sum())
                .isPositive();
    }

    @Test
    void aRegistrationsOptInWorksOnH2InEitherOrder() {
        EventOverview forum = events.publicCalendar().stream()
                .filter(event -> event.title().equals(DemoEvents.FORUM_TITLE))
                .findFirst()
                .orElseThrow();
        java.util.Set<Long> evening = java.util.Set.of(forum.parts().get(0).id());
        // the link followed before the opt-in step ran (the step's row lock and its check are our own SQL), and after
        // it
        for (boolean early : new boolean[] {true, false}) {
            long id = intake.register(
                    forum.id(),
                    evening,
                    new NewRegistration(
                            "Ida Hahn",
                            "h2-" + early + "-" + System.nanoTime() + "@example.org",
                            "Gemeinde Barleben",
                            ParticipantRole.ELECTED_OFFICIAL,
                            null,
                            java.util.Locale.GERMAN));
            String link = intake.optInLink(id).token();
            String instance = runtimeService
                    .createProcessInstanceQuery()
                    .processInstanceBusinessKey(Long.toString(id))
                    .processDefinitionKey(RegistrationProcess.PROCESS_KEY)
                    .singleResult()
                    .getId();
            if (early) {
                intake.confirm(link);
            }
            managementService.executeJob(managementService
                    .createJobQuery()
                    .processInstanceId(instance)
                    .activityId(RegistrationProcess.TASK_SEND_OPT_IN)
                    .singleResult()
                    .getId());
            if (!early) {
                intake.confirm(link);
            }
            assertThat(runtimeService
                            .createVariableInstanceQuery()
                            .processInstanceIdIn(instance)
                            .variableName(RegistrationProcess.VAR_DECISION)
                            .count())
                    .as("decided, early: " + early)
                    .isOne();
        }
        assertThat(smtp.getReceivedMessages())
                .as("one opt-in mail: the address confirmed early needs none asking for it")
                .hasSize(1);
    }

    @Test
    void demoHasAnOverdueTask() {
        assertThat(taskService
                        .createTaskQuery()
                        .processDefinitionKey(ConsultationProcess.PROCESS_KEY)
                        .dueBefore(new java.util.Date())
                        .count())
                .isOne();
    }

    @Test
    void advisorSignsInWithTheDemoPassword() {
        var auth = authentication.authenticate(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.unauthenticated(
                        "advisor", "advisor"));
        assertThat(auth.getAuthorities())
                .extracting(Object::toString)
                .containsExactly(Groups.authority(Groups.ADVISORS));
        TestUsers.signOut();
    }

    @Test
    void theDemoSaysItIsADemoOnItsLoginPage() {
        BrowserlessUi.open(context, null);
        try {
            UI.getCurrent().navigate("login");
            assertThat(_get(Paragraph.class, spec -> spec.withClasses("demo-warning"))
                            .getText())
                    .contains("DEMO")
                    .contains("bekannte Passwörter");
        } finally {
            BrowserlessUi.close();
        }
    }
}
