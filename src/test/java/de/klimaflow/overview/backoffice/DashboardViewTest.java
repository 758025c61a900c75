package de.klimaflow.overview.backoffice;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;

import de.klimaflow.consultation.CaseQueries;
import de.klimaflow.consultation.Channel;
import de.klimaflow.consultation.ConsultationService;
import de.klimaflow.consultation.NewCase;
import de.klimaflow.consultation.process.ConsultationProcess;
import de.klimaflow.support.BrowserlessUi;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestUsers;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Management's overview, without a browser. */
@KlimaflowTest
class DashboardViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    IdentityService identityService;

    @Autowired
    ConsultationService cases;

    @Autowired
    CaseQueries queries;

    @Autowired
    TaskService taskService;

    @Autowired
    de.klimaflow.tasks.WorkTaskService workTasks;

    @BeforeEach
    void users() {
        TestUsers.ensure(identityService);
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
        TestUsers.signOut();
    }

    @Test
    void managementSeesEventsRegistrationsPipelineGrantedPositionsAndOverdueWorkAtAGlance() {
        long caseId = cases.open(
                new NewCase("Stadt Aschersleben", "Tom Teich", "teich@aschersleben.example", null, "Stelle?"),
                Channel.WEB);
        // one advisors' task is a day late
        taskService.setDueDate(
                task(caseId), java.util.Date.from(java.time.Instant.now().minus(java.time.Duration.ofDays(1))));
        long lateForAdvisors = workTasks.overdueByGroup().get(de.klimaflow.security.Groups.ADVISORS);
        assertThat(lateForAdvisors).isPositive();
        BrowserlessUi.open(context, TestUsers.MANAGEMENT);
        UI.getCurrent().navigate(DashboardView.class);
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("dashboard-section")))
                .hasSize(5);
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("pipeline-stage")))
                .anySatisfy(row -> assertThat(row.getElement().getTextRecursively())
                        .startsWith("Erstberatung: ")
                        .doesNotStartWith("Erstberatung: 0 "));
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("dashboard-columns"))
                        .getChildren()
                        .count())
                .isEqualTo(DashboardView.DAYS);
        assertThat(_get(Span.class, spec -> spec.withClasses("dashboard-number"))
                        .getText())
                .isEqualTo(Long.toString(queries.grantedThisYear()));
        assertThat(_find(Span.class, spec -> spec.withClasses("capacity-label")).stream()
                        .map(Span::getText))
                .contains("Beratung: " + lateForAdvisors)
                .anyMatch(text -> text.startsWith("Veranstaltungsteam: "))
                .anyMatch(text -> text.startsWith("Anmeldestelle: "))
                .anyMatch(text -> text.startsWith("Leitung: "));
    }

    private String task(long caseId) {
        return taskService
                .createTaskQuery()
                .processDefinitionKey(ConsultationProcess.PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(caseId))
                .singleResult()
                .getId();
    }
}
