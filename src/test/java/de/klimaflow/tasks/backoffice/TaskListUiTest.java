package de.klimaflow.tasks.backoffice;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

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

import de.klimaflow.consultation.InquiryDetails;
import de.klimaflow.consultation.process.InquiryProcess;
import de.klimaflow.consultation.InquiryService;
import de.klimaflow.consultation.NewInquiry;
import de.klimaflow.security.Groups;
import de.klimaflow.support.BrowserlessUi;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestUsers;
import de.klimaflow.tasks.TaskRow;

/** The task list as a staff member uses it, without a browser. */
@KlimaflowTest
class TaskListUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    IdentityService identityService;
    @Autowired
    InquiryService inquiries;
    @Autowired
    TaskService taskService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;

    private InquiryDetails inquiry;

    @BeforeEach
    void setUp() {
        TestUsers.ensure(identityService);
        inquiry = inquiries.receive(new NewInquiry("Gemeinde Sülzetal", "Ute Lange", "lange@suelzetal.example",
                "Wie beantragen wir die Förderung?"));
    }

    @AfterEach
    void tearDown() {
        BrowserlessUi.close();
    }

    @Test
    void advisorClaimsCompletesTheFormAndTheTaskLeavesTheList() {
        String taskId = taskOf(inquiry);
        BrowserlessUi.open(context, TestUsers.ADVISOR);
        UI.getCurrent().navigate(TaskListView.class);

        Grid<TaskRow> grid = grid();
        int row = rowOf(grid, taskId).orElseThrow(() -> new AssertionError("task not in the list"));
        assertThat(GridKt._get(grid, row).businessObject()).isEqualTo(inquiry.label());
        assertThat(GridKt._get(grid, row).processName()).isEqualTo("Anfrage beantworten");

        ButtonKt._click(_get(GridKt._getCellComponent(grid, row, "actions"), Button.class,
                spec -> spec.withClasses("claim")));
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo(TestUsers.ADVISOR);
        row = rowOf(grid(), taskId).orElseThrow();
        assertThat(GridKt._get(grid(), row).assigneeName()).isEqualTo("Test " + TestUsers.ADVISOR);

        ButtonKt._click(_get(GridKt._getCellComponent(grid(), row, "actions"), Button.class,
                spec -> spec.withClasses("open")));
        assertThat(_find(TaskView.class)).hasSize(1);

        // the empty form is refused and nothing is completed
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("complete")));
        assertThat(_get(TextArea.class, spec -> spec.withClasses("inquiry-answer")).isInvalid()).isTrue();
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);

        HasValueUtilsKt._setValue(_get(TextArea.class, spec -> spec.withClasses("inquiry-answer")),
                "Die Förderung beantragen Sie bei der Investitionsbank.");
        // the preview shows the whole mail: the template's greeting and closing around the advisor's text
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("inquiry-show-preview")));
        String preview = _get(com.vaadin.flow.component.html.Pre.class, spec -> spec.withClasses("inquiry-preview")).getText();
        assertThat(preview).startsWith("Betreff: ").contains("Guten Tag " + inquiry.contactName() + ",")
                .contains("Die Förderung beantragen Sie bei der Investitionsbank.").contains("Test " + TestUsers.ADVISOR);
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).as("a preview sends nothing").isEqualTo(1);
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("complete")));

        assertThat(_find(TaskListView.class)).hasSize(1);
        assertThat(rowOf(grid(), taskId)).isEmpty();
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
        assertThat(inquiries.find(inquiry.id()).orElseThrow().answer())
                .isEqualTo("Die Förderung beantragen Sie bei der Investitionsbank.");
    }

    @Test
    void taskWithUnknownFormKeyShowsAMessage() {
        repositoryService.createDeployment().name("unknown-form-test")
                .addModelInstance("unknown-form.bpmn", Bpmn.createExecutableProcess("test-unknown-form")
                        .name("Test ohne Formular").camundaHistoryTimeToLive(1)
                        .startEvent().userTask("Task_Unknown").name("Schritt ohne Formular")
                        .camundaFormKey("nowhere/missing-form").camundaCandidateGroups(Groups.ADVISORS)
                        .endEvent().done())
                .deploy();
        String instanceId = runtimeService.startProcessInstanceByKey("test-unknown-form").getId();
        String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();

        BrowserlessUi.open(context, TestUsers.ADVISOR);
        UI.getCurrent().navigate(TaskView.class, new RouteParameters(TaskView.TASK_ID, taskId));

        Paragraph message = _get(Paragraph.class, spec -> spec.withClasses("no-form-message"));
        assertThat(message.getText()).contains("kein Formular").contains("nowhere/missing-form");
        assertThat(_find(Button.class, spec -> spec.withClasses("complete"))).isEmpty();
    }

    @Test
    void inEnglishTaskAndProcessNamesComeFromTheBundleNotTheGermanModel() {
        String taskId = taskOf(inquiry);
        BrowserlessUi.open(context, TestUsers.ADVISOR);
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(TaskListView.class);
        Grid<TaskRow> grid = grid();
        int row = rowOf(grid, taskId).orElseThrow();
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, row))
                .contains("Answer the inquiry").doesNotContain("Anfrage beantworten");
    }

    @Test
    void anEmptyListSaysThereIsNothingToDoAndWhereWorkComesFrom() {
        BrowserlessUi.open(context, TestUsers.OPERATOR);
        UI.getCurrent().navigate(TaskListView.class);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid())).as("operators have no task groups").isZero();
        assertThat(grid().getEmptyStateText()).startsWith("Gerade gibt es nichts zu tun.").contains("Anmeldung");
    }

    @Test
    void otherGroupsCannotOpenTheTask() {
        String taskId = taskOf(inquiry);
        BrowserlessUi.open(context, TestUsers.EVENT_TEAM);
        UI.getCurrent().navigate(TaskListView.class);
        assertThat(rowOf(grid(), taskId)).isEmpty();

        UI.getCurrent().navigate(TaskView.class, new RouteParameters(TaskView.TASK_ID, taskId));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("task-not-available")).getText())
                .contains("nicht");
        assertThat(_find(TextArea.class, spec -> spec.withClasses("inquiry-answer"))).isEmpty();
    }

    @Test
    void commentsAreStoredAndShownAsText() {
        String taskId = taskOf(inquiry);
        BrowserlessUi.open(context, TestUsers.ADVISOR);
        UI.getCurrent().navigate(TaskView.class, new RouteParameters(TaskView.TASK_ID, taskId));

        String hostile = "<img src=x onerror=alert(1)> Rückruf vereinbart";
        HasValueUtilsKt._setValue(_get(TextArea.class, spec -> spec.withLabel("Neuer Kommentar")), hostile);
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("add-comment")));

        List<Paragraph> shown = _find(Paragraph.class, spec -> spec.withText(hostile));
        assertThat(shown).as("the comment is shown verbatim, as text").hasSize(1);
        assertThat(shown.get(0).getElement().getChildCount()).isOne();
        assertThat(shown.get(0).getElement().getChild(0).isTextNode()).as("no markup was parsed").isTrue();
        assertThat(taskService.getTaskComments(taskId)).singleElement()
                .satisfies(comment -> assertThat(comment.getUserId()).isEqualTo(TestUsers.ADVISOR));
    }

    @Test
    void emptyCommentIsRefused() {
        String taskId = taskOf(inquiry);
        BrowserlessUi.open(context, TestUsers.ADVISOR);
        UI.getCurrent().navigate(TaskView.class, new RouteParameters(TaskView.TASK_ID, taskId));
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("add-comment")));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Neuer Kommentar")).isInvalid()).isTrue();
        assertThat(taskService.getTaskComments(taskId)).isEmpty();
    }

    private String taskOf(InquiryDetails details) {
        return taskService.createTaskQuery().processDefinitionKey(InquiryProcess.PROCESS_KEY).processInstanceBusinessKey(Long.toString(details.id())).singleResult().getId();
    }

    @SuppressWarnings("unchecked")
    private static Grid<TaskRow> grid() {
        return _get(Grid.class);
    }

    private static Optional<Integer> rowOf(Grid<TaskRow> grid, String taskId) {
        return IntStream.range(0, GridKt._size(grid)).boxed()
                .filter(i -> GridKt._get(grid, i).id().equals(taskId)).findFirst();
    }
}
