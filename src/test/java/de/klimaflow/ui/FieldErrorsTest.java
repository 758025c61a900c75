package de.klimaflow.ui;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import de.klimaflow.platform.FieldProblem;
import de.klimaflow.platform.FieldProblems;
import de.klimaflow.support.BrowserlessUi;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/** The one helper that shows a service's refusal: at the fields, the rest in the general line, nothing left from before. */
@KlimaflowTest
class FieldErrorsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    IdentityService identityService;

    @BeforeEach
    void open() {
        TestUsers.ensure(identityService);
        BrowserlessUi.open(context, TestUsers.EVENT_TEAM);
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    @Test
    void eachProblemShowsTranslatedAtItsFieldAndTheRestInTheGeneralLine() {
        Div form = new Div();
        TextField title = new TextField();
        TextField email = new TextField();
        Paragraph general = new Paragraph();
        Map<String, TextField> fields = Map.of("title", title, "contactEmail", email);

        FieldErrors.show(
                form,
                fields,
                new FieldProblems(
                        "test",
                        List.of(
                                new FieldProblem("title", "event.error.required"),
                                new FieldProblem("parts", "event.error.noParts"))),
                general);
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Bitte ausfüllen.");
        assertThat(email.isInvalid()).isFalse();
        assertThat(general.getText()).isEqualTo("Bitte legen Sie mindestens einen Programmteil an.");
        assertThat(general.isVisible()).isTrue();

        // the next refusal starts from a clean form
        FieldErrors.show(
                form,
                fields,
                new FieldProblems("test", List.of(new FieldProblem("contactEmail", "event.error.email"))),
                general);
        assertThat(title.isInvalid()).as("fixed since").isFalse();
        assertThat(email.isInvalid()).isTrue();
        assertThat(general.isVisible()).isFalse();
    }

    @Test
    void withoutAGeneralLineAProblemOfNoKnownFieldGoesToTheFallbackField() {
        TextField deadline = new TextField();
        TextField firstDay = new TextField();
        FieldErrors.show(
                new Div(),
                Map.of("firstDay", firstDay),
                new FieldProblems(
                        "test", List.of(new FieldProblem("registrationDeadline", "event.error.deadlinePassed"))),
                deadline);
        assertThat(deadline.isInvalid()).isTrue();
        assertThat(deadline.getErrorMessage()).isEqualTo("Der neue Anmeldeschluss muss in der Zukunft liegen.");
        assertThat(firstDay.isInvalid()).isFalse();
    }

    @Test
    void aFormsOwnCheckMarksTheFieldWhenRefusedAndClearsItWhenFixed() {
        TextField note = new TextField();
        assertThat(FieldErrors.refuseIf(new Div(), note, true, "case.error.tooLong", 4000))
                .isTrue();
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Bitte höchstens 4.000 Zeichen eingeben.");

        assertThat(FieldErrors.refuseIf(new Div(), note, false, "case.error.tooLong", 4000))
                .isFalse();
        assertThat(note.isInvalid()).as("fixed since").isFalse();
    }
}
