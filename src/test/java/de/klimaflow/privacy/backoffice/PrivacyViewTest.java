package de.klimaflow.privacy.backoffice;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;

import de.klimaflow.events.ParticipantRole;
import de.klimaflow.support.BrowserlessUi;
import de.klimaflow.support.ProcessTestBase;
import de.klimaflow.support.TestMailProcess;
import de.klimaflow.support.TestUsers;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The privacy page by need to know: the desk's own data in detail, another group's only as "held by" with a count. */
class PrivacyViewTest extends ProcessTestBase {

    @Autowired
    ApplicationContext context;

    @Autowired
    RepositoryService repositoryService;

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    @Test
    void theDeskSeesItsRegistrationsInWordsAndOnlyTheCountOfAMailThatIsNotItsWork() {
        String address = "lena.leser" + System.nanoTime() + "@example.org";
        long event = fixtures.publishedForum(10, 10);
        intake.registerConfirmed(
                event,
                Set.of(fixtures.parts(event).get(0)),
                "Lena Leser",
                address,
                null,
                ParticipantRole.ADMINISTRATION,
                Locale.GERMAN);
        TestMailProcess.deploy(repositoryService);
        runtimeService.startProcessInstanceByKey(
                TestMailProcess.KEY,
                "privacy-view-" + System.nanoTime(),
                Map.of("kind", "registration-rejected", "to", address, "name", "Lena Leser", "eventTitle", "Geheim"));
        managementService.createJobQuery().processDefinitionKey(TestMailProcess.KEY).list().stream()
                .filter(job -> job.getRetries() > 0)
                .forEach(job -> managementService.executeJob(job.getId()));

        BrowserlessUi.open(context, TestUsers.REGISTRATION_DESK);
        UI.getCurrent().navigate(PrivacyView.class);
        HasValueUtilsKt._setValue(_get(EmailField.class, spec -> spec.withClasses("privacy-address")), address);
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("privacy-look")));

        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .contains("Anmeldungen zu Veranstaltungen: 1")
                .anySatisfy(line -> assertThat(line).startsWith("Bei Betrieb: E-Mails an die Adresse (1)"));
        assertThat(_find(Details.class, spec -> spec.withClasses("privacy-held")))
                .singleElement()
                .satisfies(details ->
                        assertThat(details.getSummaryText()).isEqualTo("Anmeldungen zu Veranstaltungen (1)"));
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .as("words, no codes; nothing of the other group's mail")
                .contains("Rolle: Kommunalverwaltung", "Stand: bestätigt")
                .noneMatch(line -> line.contains("ADMINISTRATION") || line.contains("Geheim"));

        // the desk files the erasure; the mail is the operators' work, so they are asked in a task
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("privacy-erase")));
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("privacy-file")));
        PrivacyRequestView page = _get(PrivacyRequestView.class);
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .contains("Adresse: " + address, "Stand: bei den Gruppen")
                .anySatisfy(line -> assertThat(line).startsWith("Betrieb: noch offen."));
        Anchor task = _get(Anchor.class, spec -> spec.withText("Aufgabe"));
        assertThat(_find(RadioButtonGroup.class))
                .as("no form for the desk: it is not the operators")
                .isEmpty();
        String requestPath =
                UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        BrowserlessUi.close();

        BrowserlessUi.open(context, TestUsers.OPERATOR);
        UI.getCurrent().navigate(task.getHref());
        assertThat(_get(Anchor.class, spec -> spec.withClasses("task-page-link"))
                        .getHref())
                .as("the task list leads to the request's page")
                .isEqualTo(requestPath);
        UI.getCurrent().navigate(requestPath);
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .as("the operators see their own data in detail")
                .anySatisfy(line -> assertThat(line).contains("Geheim"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> decision = _get(RadioButtonGroup.class, spec -> spec.withClasses("privacy-decision"));
        decision.setValue(false);
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("privacy-answer")));
        TextArea reason = _get(TextArea.class, spec -> spec.withClasses("privacy-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).contains("Bitte begründen Sie die Ablehnung");
        decision.setValue(true);
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("privacy-answer")));
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .anySatisfy(line -> assertThat(line).startsWith("Betrieb: bestätigt (" + TestUsers.OPERATOR));
        assertThat(page).isNotNull();
    }
}
