package de.klimaflow.tasks.backoffice;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;

import de.klimaflow.consultation.Channel;
import de.klimaflow.consultation.ConsultationService;
import de.klimaflow.consultation.ConsultationStage;
import de.klimaflow.consultation.NewCase;
import de.klimaflow.consultation.process.ConsultationProcess;
import de.klimaflow.security.Groups;
import de.klimaflow.support.BrowserlessUi;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestUsers;
import de.klimaflow.tasks.TaskRow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The task list as a staff member uses it, without a browser. */
@KlimaflowTest
class TaskListUiTest {

    @Autowired
    de.klimaflow.consultation.CaseQueries caseQueries;

    @Autowired
    ApplicationContext context;

    @Autowired
    IdentityService identityService;

    @Autowired
    ConsultationService cases;

    @Autowired
    TaskService taskService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    private long caseId;
    private String caseLabel;

    @BeforeEach
    void setUp() {
        TestUsers.ensure(identityService);
        caseId = cases.open(
                new NewCase(
                        "Gemeinde Sülzetal",
                        "Ute Lange",
                        "lange@suelzetal.example",
                        null,
                        "Wie beantragen wir die Förderung?"),
                Channel.WEB);
        caseLabel = "#" + caseId + " · Gemeinde Sülzetal";
    }

    @AfterEach
    void tearDown() {
        BrowserlessUi.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void advisorClaimsCompletesTheConsultationFormsAndSeesTheWholeInformationPackage() {
        String taskId = taskOf(caseId);
        BrowserlessUi.open(context, TestUsers.ADVISOR);
        UI.getCurrent().navigate(TaskListView.class);

        Grid<TaskRow> grid = grid();
        int row = rowOf(grid, taskId).orElseThrow(() -> new AssertionError("task not in the list"));
        assertThat(GridKt._get(grid, row).businessObject()).isEqualTo(caseLabel);
        assertThat(GridKt._get(grid, row).processName()).isEqualTo("Klimaschutzmanagement-Stelle beraten");

        ButtonKt._click(
                _get(GridKt._getCellComponent(grid, row, "actions"), Button.class, spec -> spec.withClasses("claim")));
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee())
                .isEqualTo(TestUsers.ADVISOR);
        row = rowOf(grid(), taskId).orElseThrow();
        assertThat(GridKt._get(grid(), row).assigneeName()).isEqualTo("Test " + TestUsers.ADVISOR);

        ButtonKt._click(
                _get(GridKt._getCellComponent(grid(), row, "actions"), Button.class, spec -> spec.withClasses("open")));
        assertThat(_find(TaskView.class)).hasSize(1);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("case-question"))
                        .getText())
                .isEqualTo("Wie beantragen wir die Förderung?");

        // the empty form is refused at its fields and nothing is completed
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("complete")));
        var kind = _get(
                com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, spec -> spec.withClasses("case-kind"));
        assertThat(kind.isInvalid()).isTrue();
        assertThat(kind.getErrorMessage()).isEqualTo("Bitte ausfüllen.");
        assertThat(_get(
                                com.vaadin.flow.component.textfield.IntegerField.class,
                                spec -> spec.withClasses("case-population"))
                        .getErrorMessage())
                .isEqualTo("Bitte geben Sie eine Einwohnerzahl zwischen 1 und 5.000.000 an.");
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        HasValueUtilsKt._setValue(
                _get(
                        com.vaadin.flow.component.textfield.IntegerField.class,
                        spec -> spec.withClasses("case-population")),
                9_000_000);
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("complete")));
        assertThat(taskService.createTaskQuery().taskId(taskId).count())
                .as("too large a town")
                .isEqualTo(1);

        HasValueUtilsKt._setValue(kind, de.klimaflow.regions.MunicipalityKind.MUNICIPALITY);
        HasValueUtilsKt._setValue(
                _get(
                        com.vaadin.flow.component.textfield.IntegerField.class,
                        spec -> spec.withClasses("case-population")),
                7_500);
        HasValueUtilsKt._setValue(
                _get(
                        com.vaadin.flow.component.radiobutton.RadioButtonGroup.class,
                        spec -> spec.withClasses("case-concept")),
                false);
        HasValueUtilsKt._setValue(
                _get(
                        com.vaadin.flow.component.radiobutton.RadioButtonGroup.class,
                        spec -> spec.withClasses("case-first-position")),
                true);
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("complete")));
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
        assertThat(caseQueries.details(caseId).orElseThrow().stage()).isEqualTo(ConsultationStage.PROPOSAL);

        // the next step: the decision table's proposal, preselected, and a preview of the whole mail
        String review = taskOf(caseId);
        UI.getCurrent().navigate(TaskView.class, new RouteParameters(TaskView.TASK_ID, review));
        var programmes = _get(
                com.vaadin.flow.component.checkbox.CheckboxGroup.class,
                spec -> spec.withClasses("proposal-programmes"));
        assertThat(((java.util.Set<de.klimaflow.consultation.FundingProgrammes.Programme>) programmes.getValue()))
                .extracting(de.klimaflow.consultation.FundingProgrammes.Programme::code)
                .containsExactlyInAnyOrder("LAND-KSM", "BUND-KSM-ERST");
        HasValueUtilsKt._setValue(
                _get(TextArea.class, spec -> spec.withClasses("proposal-note")),
                "Wie am Telefon besprochen: <b>Fristen</b> beachten.");
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("show-info-package-preview")));
        String preview = _get(
                        com.vaadin.flow.component.html.Pre.class, spec -> spec.withClasses("info-package-preview"))
                .getText();
        assertThat(preview)
                .startsWith("Betreff: ")
                .contains("Guten Tag Ute Lange,")
                .contains("Wie am Telefon besprochen: <b>Fristen</b> beachten.")
                .contains("Test " + TestUsers.ADVISOR)
                .contains("Landesförderung Klimaschutzmanagement");
        assertThat(taskService.createTaskQuery().taskId(review).count())
                .as("a preview sends nothing")
                .isEqualTo(1);
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("complete")));
        assertThat(caseQueries.details(caseId).orElseThrow().chosenProgrammes())
                .containsExactlyInAnyOrder("LAND-KSM", "BUND-KSM-ERST");
    }

    @Test
    void taskWithUnknownFormKeyShowsAMessage() {
        repositoryService
                .createDeployment()
                .name("unknown-form-test")
                .addModelInstance(
                        "unknown-form.bpmn",
                        Bpmn.createExecutableProcess("test-unknown-form")
                                .name("Test ohne Formular")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .userTask("Task_Unknown")
                                .name("Schritt ohne Formular")
                                .camundaFormKey("nowhere/missing-form")
                                .camundaCandidateGroups(Groups.ADVISORS)
                                .endEvent()
                                .done())
                .deploy();
        String instanceId =
                runtimeService.startProcessInstanceByKey("test-unknown-form").getId();
        String taskId = taskService
                .createTaskQuery()
                .processInstanceId(instanceId)
                .singleResult()
                .getId();

        BrowserlessUi.open(context, TestUsers.ADVISOR);
        UI.getCurrent().navigate(TaskView.class, new RouteParameters(TaskView.TASK_ID, taskId));

        Paragraph message = _get(Paragraph.class, spec -> spec.withClasses("no-form-message"));
        assertThat(message.getText()).contains("kein Formular").contains("nowhere/missing-form");
        assertThat(_find(Button.class, spec -> spec.withClasses("complete"))).isEmpty();
    }

    @Test
    void inEnglishTaskAndProcessNamesComeFromTheBundleNotTheGermanModel() {
        String taskId = taskOf(caseId);
        BrowserlessUi.open(context, TestUsers.ADVISOR);
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(TaskListView.class);
        Grid<TaskRow> grid = grid();
        int row = rowOf(grid, taskId).orElseThrow();
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, row))
                .contains("Hold the initial consultation")
                .doesNotContain("Erstberatung führen");
    }

    @Test
    void anEmptyListSaysThereIsNothingToDoAndWhereWorkComesFrom() {
        BrowserlessUi.open(context, TestUsers.OPERATOR);
        UI.getCurrent().navigate(TaskListView.class);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid()))
                .as("operators have no task groups")
                .isZero();
        assertThat(grid().getEmptyStateText())
                .startsWith("Gerade gibt es nichts zu tun.")
                .contains("Anmeldung");
    }

    @Test
    void otherGroupsCannotOpenTheTask() {
        String taskId = taskOf(caseId);
        BrowserlessUi.open(context, TestUsers.EVENT_TEAM);
        UI.getCurrent().navigate(TaskListView.class);
        assertThat(rowOf(grid(), taskId)).isEmpty();

        UI.getCurrent().navigate(TaskView.class, new RouteParameters(TaskView.TASK_ID, taskId));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("task-not-available"))
                        .getText())
                .contains("nicht");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("case-question")))
                .isEmpty();
    }

    @Test
    void commentsAreStoredAndShownAsText() {
        String taskId = taskOf(caseId);
        BrowserlessUi.open(context, TestUsers.ADVISOR);
        UI.getCurrent().navigate(TaskView.class, new RouteParameters(TaskView.TASK_ID, taskId));

        String hostile = "<img src=x onerror=alert(1)> Rückruf vereinbart";
        HasValueUtilsKt._setValue(_get(TextArea.class, spec -> spec.withLabel("Neuer Kommentar")), hostile);
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("add-comment")));

        List<Paragraph> shown = _find(Paragraph.class, spec -> spec.withText(hostile));
        assertThat(shown).as("the comment is shown verbatim, as text").hasSize(1);
        assertThat(shown.get(0).getElement().getChildCount()).isOne();
        assertThat(shown.get(0).getElement().getChild(0).isTextNode())
                .as("no markup was parsed")
                .isTrue();
        assertThat(taskService.getTaskComments(taskId))
                .singleElement()
                .satisfies(comment -> assertThat(comment.getUserId()).isEqualTo(TestUsers.ADVISOR));
    }

    /** A comment or a claim in the middle of an edit refreshes its own part of the page; the form keeps the edit. */
    @Test
    void aCommentOrAClaimInTheMiddleOfAnEditKeepsTheEdit() {
        String taskId = taskOf(caseId);
        BrowserlessUi.open(context, TestUsers.ADVISOR);
        UI.getCurrent().navigate(TaskView.class, new RouteParameters(TaskView.TASK_ID, taskId));
        var population = _get(
                com.vaadin.flow.component.textfield.IntegerField.class, spec -> spec.withClasses("case-population"));
        HasValueUtilsKt._setValue(population, 14_000);

        HasValueUtilsKt._setValue(_get(TextArea.class, spec -> spec.withLabel("Neuer Kommentar")), "Rückruf morgen");
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("add-comment")));
        assertThat(_find(Paragraph.class, spec -> spec.withText("Rückruf morgen")))
                .hasSize(1);
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("claim")));
        assertThat(_find(Button.class, spec -> spec.withClasses("unclaim"))).hasSize(1);

        assertThat(_get(
                                com.vaadin.flow.component.textfield.IntegerField.class,
                                spec -> spec.withClasses("case-population"))
                        .getValue())
                .as("the edit survives the comment and the claim")
                .isEqualTo(14_000);
    }

    @Test
    void emptyCommentIsRefused() {
        String taskId = taskOf(caseId);
        BrowserlessUi.open(context, TestUsers.ADVISOR);
        UI.getCurrent().navigate(TaskView.class, new RouteParameters(TaskView.TASK_ID, taskId));
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("add-comment")));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Neuer Kommentar"))
                        .isInvalid())
                .isTrue();
        assertThat(taskService.getTaskComments(taskId)).isEmpty();
    }

    private String taskOf(long consultationCase) {
        return taskService
                .createTaskQuery()
                .processDefinitionKey(ConsultationProcess.PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(consultationCase))
                .singleResult()
                .getId();
    }

    @SuppressWarnings("unchecked")
    private static Grid<TaskRow> grid() {
        return _get(Grid.class);
    }

    private static Optional<Integer> rowOf(Grid<TaskRow> grid, String taskId) {
        return IntStream.range(0, GridKt._size(grid))
                .boxed()
                .filter(i -> GridKt._get(grid, i).id().equals(taskId))
                .findFirst();
    }
}
