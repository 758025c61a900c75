package de.klimaflow.network.backoffice;

import java.time.LocalDate;

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
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;

import de.klimaflow.events.EventService;
import de.klimaflow.network.Contributions;
import de.klimaflow.network.NetworkDirectory;
import de.klimaflow.network.process.NetworkContributionProcess;
import de.klimaflow.support.BrowserlessUi;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestUsers;
import de.klimaflow.tasks.backoffice.TaskView;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The event team's review of a proposal in the task form: the member's text as text, and no refusal without reason. */
@KlimaflowTest
class ReviewContributionFormTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    IdentityService identityService;

    @Autowired
    TaskService taskService;

    @Autowired
    EventService events;

    @Autowired
    NetworkDirectory directory;

    @Autowired
    Contributions contributions;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void users() {
        TestUsers.ensure(identityService);
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    @Test
    void aDeclineNeedsItsReasonAndTheProposalShowsAsText() {
        String email = "karibu-" + System.nanoTime() + "@kommune.example";
        directory.enter("Kai Beitrag", email, null, "Stadt Genthin", LocalDate.of(2024, 3, 1), null, false, null);
        long meeting = events.create(de.klimaflow.events.EventDraftsForTests.networkMeeting());
        contributions.call(meeting);
        long id = jdbc.queryForObject(
                "select id from contribution where event_id = ? and email = ?", Long.class, meeting, email);
        String token = contributions.issueLink(id).orElseThrow();
        assertThat(contributions.propose(token, "Wärmenetz <i>im Dorf</i>", "Zeile eins\n<script>alert(1)</script>"))
                .isTrue();
        String task = taskService
                .createTaskQuery()
                .processDefinitionKey(NetworkContributionProcess.PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(id))
                .singleResult()
                .getId();

        BrowserlessUi.open(context, TestUsers.EVENT_TEAM);
        UI.getCurrent().navigate(TaskView.class, new RouteParameters(TaskView.TASK_ID, task));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("contribution-summary"))
                        .getElement()
                        .getOuterHTML())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> decision =
                _get(RadioButtonGroup.class, spec -> spec.withClasses("contribution-decision"));
        HasValueUtilsKt._setValue(decision, false);
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("complete")));
        TextArea reason = _get(TextArea.class, spec -> spec.withClasses("contribution-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage())
                .isEqualTo("Bitte begründen Sie die Absage; die Person erhält die Begründung.");
        assertThat(taskService.createTaskQuery().taskId(task).count())
                .as("still open")
                .isOne();

        HasValueUtilsKt._setValue(reason, "Passt besser ins nächste Treffen.");
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("complete")));
        assertThat(taskService.createTaskQuery().taskId(task).count()).isZero();
        assertThat(contributions.find(id).orElseThrow().reason()).isEqualTo("Passt besser ins nächste Treffen.");
    }
}
