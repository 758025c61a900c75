package de.klimaflow.events.backoffice;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import de.klimaflow.events.EventDraftsForTests;
import de.klimaflow.events.EventService;
import de.klimaflow.events.Programme;
import de.klimaflow.events.process.EventPlanningProcess;
import de.klimaflow.platform.Links;
import de.klimaflow.support.BrowserlessUi;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestUsers;
import de.klimaflow.support.WebSession;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event team plans the programme on the event page: an item with its speakers, refused whole while a field is
 * wrong; the public page shows the timetable as text, without the speakers' addresses; other groups only read it.
 */
@KlimaflowTest
class AgendaPanelTest {

    @Autowired
    de.klimaflow.registration.RegistrationFixtures fixtures;

    @Autowired
    de.klimaflow.events.Venues venues;

    @Autowired
    ApplicationContext context;

    @Autowired
    IdentityService identityService;

    @Autowired
    ManagementService managementService;

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;

    @Autowired
    EventService events;

    @Autowired
    Programme programme;

    @LocalServerPort
    int port;

    @BeforeEach
    void users() {
        TestUsers.ensure(identityService);
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    @Test
    void theEventTeamAddsAnItemWithASpeakerAndThePublicReadsTheTimetable() throws Exception {
        long event = events.create(EventDraftsForTests.forum(EventDraftsForTests.venue(venues), null));
        fixtures.approve(event);
        BrowserlessUi.open(context, TestUsers.EVENT_TEAM);
        UI.getCurrent().navigate(EventDetailView.class, EventDetailView.parameters(event));
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("agenda-add")));
        HasValueUtilsKt._setValue(
                _get(TextField.class, spec -> spec.withClasses("agenda-title")), "Rechtsrahmen <b>neu</b>");
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("agenda-add-speaker")));
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withClasses("speaker-name")), "Dr. Anna Weber");
        HasValueUtilsKt._setValue(
                _get(TextField.class, spec -> spec.withClasses("speaker-organisation")), "Hochschule & Praxis");
        EmailField email = _get(EmailField.class, spec -> spec.withClasses("speaker-email"));
        HasValueUtilsKt._setValue(email, "anna weber@example");
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("agenda-save")));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Bitte geben Sie eine gültige E-Mail-Adresse an.");
        assertThat(programme.agenda(event)).as("nothing stored").isEmpty();

        String address = "weber-" + event + "@referierende.example";
        HasValueUtilsKt._setValue(email, address);
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("agenda-save")));
        assertThat(programme.agenda(event)).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Rechtsrahmen <b>neu</b>");
            assertThat(item.speakers()).extracting(s -> s.email()).containsExactly(address);
        });
        assertThat(_get(Details.class, spec -> spec.withClasses("agenda-panel"))
                        .getElement()
                        .getOuterHTML())
                .contains("Rechtsrahmen &lt;b&gt;neu&lt;/b&gt;", "Mit: Dr. Anna Weber (Hochschule &amp; Praxis)");
        assertThat(managementService
                        .createJobQuery()
                        .processInstanceId(runtimeService
                                .createProcessInstanceQuery()
                                .processDefinitionKey(EventPlanningProcess.PROCESS_KEY)
                                .processInstanceBusinessKey(Long.toString(event))
                                .singleResult()
                                .getId())
                        .activityId(EventPlanningProcess.TASK_COMPOSE_SPEAKER_CONFIRMATIONS)
                        .count())
                .as("the forum is approved: the speaker's confirmation is on its way")
                .isEqualTo(1);

        String page = new WebSession(port).get(Links.eventPage(event)).body();
        assertThat(page)
                .contains("<table class=\"timetable\">", "<caption>Ablauf: Abendveranstaltung</caption>")
                .contains("Rechtsrahmen &lt;b&gt;neu&lt;/b&gt;", "Dr. Anna Weber (Hochschule &amp; Praxis)")
                .doesNotContain(address, "<b>neu</b>");

        // an event still in planning: its open step leads to its task
        long planned = events.create(EventDraftsForTests.forum(EventDraftsForTests.venue(venues), null));
        UI.getCurrent().navigate(EventDetailView.class, EventDetailView.parameters(planned));
        com.vaadin.flow.component.html.Anchor open =
                _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withClasses("open-task-link"));
        assertThat(open.getText()).isEqualTo("Zur Aufgabe: Ort buchen und Termine bestätigen");
        assertThat(open.getHref()).startsWith("/tasks/");

        BrowserlessUi.close();
        BrowserlessUi.open(context, TestUsers.MANAGEMENT);
        UI.getCurrent().navigate(EventDetailView.class, EventDetailView.parameters(event));
        assertThat(_get(Details.class, spec -> spec.withClasses("agenda-panel"))
                        .getElement()
                        .getOuterHTML())
                .contains("Dr. Anna Weber");
        _assertNone(Button.class, spec -> spec.withClasses("agenda-add"));
        _assertNone(Button.class, spec -> spec.withClasses("agenda-edit"));
    }
}
