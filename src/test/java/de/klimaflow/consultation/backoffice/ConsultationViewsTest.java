package de.klimaflow.consultation.backoffice;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import de.klimaflow.consultation.Channel;
import de.klimaflow.consultation.ConsultationService;
import de.klimaflow.consultation.ConsultationStage;
import de.klimaflow.consultation.InitialFacts;
import de.klimaflow.consultation.NewCase;
import de.klimaflow.consultation.process.ConsultationFlow;
import de.klimaflow.consultation.process.ConsultationProcess;
import de.klimaflow.regions.MunicipalityKind;
import de.klimaflow.security.CamundaIdentityAuthenticationProvider;
import de.klimaflow.support.BrowserlessUi;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestUsers;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The advisors' case screens, without a browser. */
@KlimaflowTest
class ConsultationViewsTest {

    @org.junit.jupiter.api.extension.RegisterExtension
    static com.icegreen.greenmail.junit5.GreenMailExtension smtp = new com.icegreen.greenmail.junit5.GreenMailExtension(
                    com.icegreen.greenmail.util.ServerSetupTest.SMTP)
            .withPerMethodLifecycle(true);

    @Autowired
    de.klimaflow.consultation.CaseQueries caseQueries;

    @Autowired
    ApplicationContext context;

    @Autowired
    IdentityService identityService;

    @Autowired
    ConsultationService cases;

    @Autowired
    ConsultationFlow consultations;

    @Autowired
    TaskService taskService;

    @Autowired
    org.camunda.bpm.engine.ManagementService managementService;

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CamundaIdentityAuthenticationProvider authentication;

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
    void anAdvisorEntersACaseAfterACallAndBadInputIsRefusedAtTheFields() {
        BrowserlessUi.open(context, TestUsers.ADVISOR);
        UI.getCurrent().navigate(CaseListView.class);
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("pipeline-stage")))
                .hasSize(7);
        long before = jdbc.queryForObject("select count(*) from consultation_case", Long.class);

        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("new-case")));
        HasValueUtilsKt._setValue(_get(EmailField.class, spec -> spec.withClasses("new-case-email")), "kein-at");
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("save-new-case")));
        assertThat(_get(TextField.class, spec -> spec.withClasses("new-case-municipality"))
                        .getErrorMessage())
                .isEqualTo("Bitte ausfüllen.");
        assertThat(_get(EmailField.class, spec -> spec.withClasses("new-case-email"))
                        .getErrorMessage())
                .isEqualTo("Bitte geben Sie eine gültige E-Mail-Adresse an.");
        assertThat(_get(TextArea.class, spec -> spec.withClasses("new-case-question"))
                        .isInvalid())
                .isTrue();
        assertThat(jdbc.queryForObject("select count(*) from consultation_case", Long.class))
                .isEqualTo(before);

        HasValueUtilsKt._setValue(
                _get(TextField.class, spec -> spec.withClasses("new-case-municipality")), "Stadt Möckern");
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withLabel("Ansprechperson")), "Jonas Kühn");
        HasValueUtilsKt._setValue(
                _get(EmailField.class, spec -> spec.withClasses("new-case-email")), "kuehn@moeckern.example");
        HasValueUtilsKt._setValue(
                _get(TextArea.class, spec -> spec.withClasses("new-case-question")), "Anruf: Anschlussstelle?");
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("save-new-case")));

        assertThat(_find(CaseDetailView.class)).hasSize(1);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("case-position"))
                        .getText())
                .isEqualTo("Erstberatung führen");
        List<String> timeline = _get(OrderedList.class, spec -> spec.withClasses("case-timeline"))
                .getChildren()
                .map(item -> ((ListItem) item).getText())
                .toList();
        assertThat(timeline.get(0)).contains("Eingang").endsWith("Anruf: Anschlussstelle?");
        assertThat(jdbc.queryForObject(
                        "select channel from consultation_case where contact_email = 'kuehn@moeckern.example'",
                        String.class))
                .isEqualTo("PHONE");
    }

    @Test
    void thePipelineSaysNoCasesOneCaseAndManyInWords() {
        BrowserlessUi.open(context, TestUsers.ADVISOR);
        PipelineChart chart = new PipelineChart(List.of(
                new de.klimaflow.consultation.CaseQueries.Stage(de.klimaflow.consultation.ConsultationStage.NEW, 0, 0),
                new de.klimaflow.consultation.CaseQueries.Stage(
                        de.klimaflow.consultation.ConsultationStage.CONSULTATION, 1, 1),
                new de.klimaflow.consultation.CaseQueries.Stage(
                        de.klimaflow.consultation.ConsultationStage.PROPOSAL, 3, 40)));
        assertThat(chart.getElement().getChildren().map(row -> row.getTextRecursively()))
                .containsExactly(
                        "Neu: keine Fälle",
                        "Erstberatung: 1 Fall, seit einem Tag",
                        "Förderempfehlung: 3 Fälle, der längste seit 40 Tagen");
    }

    @Test
    void endingAConsultationAsksFirstAndOnlyThenClosesTheCase() {
        long caseId = cases.open(
                new NewCase("Stadt Egeln", "Rudi Rat", "rat@egeln.example", null, "Förderung?"), Channel.PHONE);
        BrowserlessUi.open(context, TestUsers.ADVISOR);
        UI.getCurrent().navigate(CaseDetailView.class, CaseDetailView.parameters(caseId));
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withClasses("open-task-link"))
                        .getHref())
                .as("the step the case waits at leads to its task")
                .isEqualTo("/tasks/" + task(caseId));
        HasValueUtilsKt._setValue(
                _get(
                        com.vaadin.flow.component.textfield.TextArea.class,
                        spec -> spec.withClasses("case-withdraw-reason")),
                "Der Rat hat die Stelle gestrichen.");
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("case-withdraw-save")));
        com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm =
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Beratung beenden?");
        assertThat(consultations.isRunning(caseId))
                .as("nothing ended before the answer")
                .isTrue();
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);
        assertThat(consultations.isRunning(caseId)).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFundingDecisionIsRecordedOnTheCasePageAndTheProcessGoesOn() {
        long caseId = cases.open(
                new NewCase("Stadt Staßfurt", "Rita Rat", "rat@stassfurt.example", null, "Förderung?"), Channel.WEB);
        TestUsers.signIn(authentication, TestUsers.ADVISOR);
        consultations.completeInitialConsultation(
                task(caseId), caseId, new InitialFacts(null, MunicipalityKind.TOWN, 25_000, true, true, null, ""));
        consultations.completeReview(task(caseId), caseId, List.of("LAND-KSM"), List.of(), "");
        TestUsers.signOut();

        BrowserlessUi.open(context, TestUsers.ADVISOR);
        UI.getCurrent().navigate(CaseDetailView.class, CaseDetailView.parameters(caseId));
        assertThat(_find(Button.class, spec -> spec.withClasses("case-decision-save")))
                .as("not waiting for it yet")
                .isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("case-proposal"))
                        .getElement()
                        .getTextRecursively())
                .contains("Landesförderung Klimaschutzmanagement");

        String instance = runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(ConsultationProcess.PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(caseId))
                .singleResult()
                .getId();
        managementService.executeJob(managementService
                .createJobQuery()
                .processInstanceId(instance)
                .activityId(ConsultationProcess.TASK_SEND_INFO_PACKAGE)
                .singleResult()
                .getId());
        TestUsers.signIn(authentication, TestUsers.ADVISOR);
        consultations.completeApplication(task(caseId), caseId, LocalDate.of(2026, 11, 1), "");
        BrowserlessUi.close();
        BrowserlessUi.open(context, TestUsers.ADVISOR);
        UI.getCurrent().navigate(CaseDetailView.class, CaseDetailView.parameters(caseId));
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("case-decision-save")));
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withClasses("case-decision-result"))
                        .isInvalid())
                .isTrue();
        assertThat(consultations.waitsForDecision(caseId)).isTrue();
        HasValueUtilsKt._setValue(_get(RadioButtonGroup.class, spec -> spec.withClasses("case-decision-result")), true);
        HasValueUtilsKt._setValue(
                _get(DatePicker.class, spec -> spec.withClasses("case-decision-date")),
                LocalDate.now().minusDays(1));
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("case-decision-save")));
        assertThat(_get(
                                com.vaadin.flow.component.select.Select.class,
                                spec -> spec.withClasses("case-decision-programme"))
                        .getErrorMessage())
                .as("a grant names its programme")
                .contains("Programm");
        assertThat(consultations.waitsForDecision(caseId)).isTrue();
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<de.klimaflow.consultation.FundingProgrammes.Programme> programme = _get(
                com.vaadin.flow.component.select.Select.class, spec -> spec.withClasses("case-decision-programme"));
        HasValueUtilsKt._setValue(
                programme,
                programme
                        .getListDataView()
                        .getItems()
                        .filter(p -> p.code().equals("LAND-KSM"))
                        .findFirst()
                        .orElseThrow());
        HasValueUtilsKt._setValue(
                _get(
                        com.vaadin.flow.component.textfield.IntegerField.class,
                        spec -> spec.withClasses("case-decision-share")),
                60);
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("case-decision-save")));
        assertThat(caseQueries.details(caseId).orElseThrow().stage()).isEqualTo(ConsultationStage.FILLING_POSITION);
        assertThat(caseQueries.details(caseId).orElseThrow().grant())
                .as("the programme, the share and the period, taken with the decision")
                .startsWith("Landesförderung Klimaschutzmanagement: 60 % für ")
                .endsWith(" Monate");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("case-grant")).getText())
                .startsWith("Förderung: Landesförderung Klimaschutzmanagement: 60 %");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("case-position"))
                        .getText())
                .isEqualTo("Stellenbesetzung erfassen");
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
