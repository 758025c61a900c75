package de.klimaflow.registration.backoffice;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import de.klimaflow.events.EventDraftsForTests;
import de.klimaflow.events.EventService;
import de.klimaflow.events.ParticipantRole;
import de.klimaflow.registration.PartBooking;
import de.klimaflow.registration.RegistrationService;
import de.klimaflow.registration.RegistrationStatus;
import de.klimaflow.registration.RegistrationView;
import de.klimaflow.support.BrowserlessUi;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestUsers;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The registration desk's view of one event: filter, move between seat and waitlist with a reason, more seats, phone registrations. */
@KlimaflowTest
class EventRegistrationsViewTest {

    @Autowired
    de.klimaflow.registration.RegistrationIntake intake;

    @Autowired
    de.klimaflow.events.Venues venues;

    @Autowired
    ApplicationContext context;

    @Autowired
    de.klimaflow.registration.Registrations eventRegistrations;

    @Autowired
    IdentityService identityService;

    @Autowired
    EventService events;

    @Autowired
    RegistrationService registrations;

    @Autowired
    de.klimaflow.registration.RegistrationFixtures fixtures;

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    /** A person seated in a full workshop moves to the other; the seat freed goes to whoever waited longest. */
    @Test
    @SuppressWarnings("unchecked")
    void theDeskMovesAPersonToAParallelSessionWithAReasonAndTheFreedSeatGoesToTheLongestWaiting() {
        TestUsers.ensure(identityService);
        long event = fixtures.publish(fixtures.parallelWorkshops(1, 5));
        List<Long> sessions = fixtures.parts(event);
        long carla = intake.registerConfirmed(
                event,
                Set.of(sessions.get(0)),
                "Carla Chor",
                "carla@example.org",
                null,
                ParticipantRole.OTHER,
                Locale.GERMAN);
        long dirk = intake.registerConfirmed(
                event,
                Set.of(sessions.get(0)),
                "Dirk Dorn",
                "dirk@example.org",
                null,
                ParticipantRole.OTHER,
                Locale.GERMAN);
        assertThat(registrations.find(dirk).orElseThrow().status()).isEqualTo(RegistrationStatus.WAITLISTED);

        BrowserlessUi.open(context, TestUsers.REGISTRATION_DESK);
        UI.getCurrent().navigate("events/" + event + "/registrations");
        Grid<RegistrationView> grid = _get(Grid.class, spec -> spec.withClasses("registrations-grid"));
        grid.select(GridKt.<RegistrationView>_findAll(grid).stream()
                .filter(view -> view.id() == carla)
                .findFirst()
                .orElseThrow());
        Select<Long> target = _get(Select.class, spec -> spec.withClasses("session-target"));
        assertThat(target.getLabel()).isEqualTo("Workshop Wärmenetze: in eine andere Sitzung");
        HasValueUtilsKt._setValue(target, sessions.get(1));
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("move-session")));
        assertThat(_get(TextField.class, spec -> spec.withClasses("move-reason"))
                        .isInvalid())
                .as("a reason is required")
                .isTrue();
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withClasses("move-reason")), "Kommt mit Kollegin");
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("move-session")));

        assertThat(registrations.find(carla).orElseThrow().parts())
                .extracting(RegistrationView.Part::partId, RegistrationView.Part::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(sessions.get(1), PartBooking.Status.SEAT));
        assertThat(registrations.find(dirk).orElseThrow().status())
                .as("the seat freed in the first workshop went to the person waiting for it")
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registrations.history(carla)).anySatisfy(entry -> {
            assertThat(entry.kind().name()).isEqualTo("MOVED_TO_SESSION");
            assertThat(entry.detail()).isEqualTo("Workshop Wärmenetze → Workshop Förderung: Kommt mit Kollegin");
            assertThat(entry.actor()).isEqualTo(TestUsers.REGISTRATION_DESK);
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDeskMovesPeopleWithAKeptReasonAddsSeatsAndEntersPhoneRegistrations() {
        TestUsers.ensure(identityService);
        long event = events.create(smallerEvening());
        long evening = events.overviewOf(event).orElseThrow().parts().get(0).id();
        long anna = intake.registerConfirmed(
                event,
                Set.of(evening),
                "<b>Anna</b> Alt",
                "anna@example.org",
                null,
                ParticipantRole.ELECTED_OFFICIAL,
                Locale.GERMAN);
        long bernd = intake.registerConfirmed(
                event,
                Set.of(evening),
                "Bernd Berg",
                "bernd@example.org",
                null,
                ParticipantRole.ELECTED_OFFICIAL,
                Locale.GERMAN);
        assertThat(registrations.find(bernd).orElseThrow().status()).isEqualTo(RegistrationStatus.WAITLISTED);

        BrowserlessUi.open(context, TestUsers.REGISTRATION_DESK);
        UI.getCurrent().navigate("events/" + event + "/registrations");
        Grid<RegistrationView> grid = _get(Grid.class, spec -> spec.withClasses("registrations-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        HasValueUtilsKt._setValue(
                _get(ComboBox.class, spec -> spec.withLabel("Status")), RegistrationStatus.WAITLISTED);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).name()).isEqualTo("Bernd Berg");
        assertThat(_get(Paragraph.class, spec -> spec.withText("1 Anmeldung")))
                .as("one, not \"1 Anmeldungen\"")
                .isNotNull();
        HasValueUtilsKt._setValue(_get(ComboBox.class, spec -> spec.withLabel("Status")), null);
        // found, and told apart, by the address
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("anna@example.org");
        TextField search = _get(TextField.class, spec -> spec.withClasses("registrations-search"));
        HasValueUtilsKt._setValue(search, "BERND@example");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).name()).isEqualTo("Bernd Berg");
        HasValueUtilsKt._setValue(search, "");

        grid.select(GridKt._get(grid, 0));
        assertThat(_get(H3.class, spec -> spec.withText("<b>Anna</b> Alt")))
                .as("the name as typed, as text")
                .isNotNull();
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("move-part")));
        assertThat(_get(TextField.class, spec -> spec.withClasses("move-reason"))
                        .isInvalid())
                .as("a reason is required")
                .isTrue();
        HasValueUtilsKt._setValue(
                _get(TextField.class, spec -> spec.withClasses("move-reason")), "Hat um Tausch gebeten");
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("move-part")));
        assertThat(registrations.find(anna).orElseThrow().status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(registrations.find(bernd).orElseThrow().status())
                .as("the seat went to the longest waiting")
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registrations.history(anna)).anySatisfy(entry -> {
            assertThat(entry.kind().name()).isEqualTo("MOVED_TO_WAITLIST");
            assertThat(entry.detail()).isEqualTo("Hat um Tausch gebeten");
            assertThat(entry.actor()).isEqualTo(TestUsers.REGISTRATION_DESK);
        });

        IntegerField seats = _get(IntegerField.class, spec -> spec.withLabel("Plätze Abendveranstaltung"));
        HasValueUtilsKt._setValue(seats, 2);
        ButtonKt._click(
                _find(Button.class, spec -> spec.withClasses("change-seats")).get(0));
        assertThat(registrations.find(anna).orElseThrow().status())
                .as("a new seat goes to the waiting list")
                .isEqualTo(RegistrationStatus.CONFIRMED);

        grid.select(GridKt._get(grid, 0));
        assertThat(textOf(_get(UnorderedList.class, spec -> spec.withClasses("registration-history"))))
                .contains("auf die Warteliste umgebucht")
                .contains("Hat um Tausch gebeten")
                .contains("von der Warteliste nachgerückt");

        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withLabel("Vor- und Nachname")), "Carla Klein");
        HasValueUtilsKt._setValue(_get(EmailField.class), "keine-adresse");
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Anmeldung speichern")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("manual-problem"))
                        .getText())
                .contains("E-Mail");
        assertThat(registrations.registrationsOf(event)).hasSize(2);

        // a message to everyone seated in the evening
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("message-send")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("message-result"))
                        .getText())
                .contains("Programmteil");
        HasValueUtilsKt._setValue(
                _get(ComboBox.class, spec -> spec.withClasses("message-part")),
                events.overviewOf(event).orElseThrow().parts().get(0));
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withLabel("Betreff")), "Raumänderung");
        HasValueUtilsKt._setValue(
                _get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withLabel("Text")),
                "Wir tagen im Rittersaal.");
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("message-send")));
        // first the mail as they will read it, with how many get it; nothing is sent before the confirmation
        com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm =
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("header"))
                .isEqualTo("Diese Nachricht an 2 Personen in „Abendveranstaltung“ senden?");
        assertThat(_get(com.vaadin.flow.component.html.Pre.class, spec -> spec.withClasses("message-preview"))
                        .getText())
                .isEqualTo("Raumänderung\n\nWir tagen im Rittersaal.");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withClasses("mailings"))))
                .isZero();
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("message-result"))
                        .getText())
                .isEqualTo("Die Nachricht geht an 2 Teilnehmende von „Abendveranstaltung“.");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withClasses("mailings"))))
                .isOne();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anErasedPersonReadsAnonymisedInTheReadersLanguage() {
        TestUsers.ensure(identityService);
        long event = events.create(smallerEvening());
        long evening = events.overviewOf(event).orElseThrow().parts().get(0).id();
        intake.registerConfirmed(
                event,
                Set.of(evening),
                "Erika Erased",
                "erased-" + System.nanoTime() + "@example.org",
                "Gemeinde Barleben",
                ParticipantRole.OTHER,
                Locale.GERMAN);
        eventRegistrations.anonymiseEvent(event);
        BrowserlessUi.open(context, TestUsers.REGISTRATION_DESK);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("events/" + event + "/registrations");
        Grid<RegistrationView> grid = _get(Grid.class, spec -> spec.withClasses("registrations-grid"));
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("anonymised").doesNotContain("Erika", "anonymisiert");
    }

    private static String textOf(UnorderedList list) {
        return list.getChildren().map(item -> item.getElement().getText()).reduce("", String::concat);
    }

    /** The seed forum with one seat in the evening. */
    private de.klimaflow.events.EventDraft smallerEvening() {
        var draft = EventDraftsForTests.withDeadline(
                EventDraftsForTests.forum(EventDraftsForTests.venue(venues), null),
                java.time.Instant.now().plusSeconds(86_400));
        var evening = draft.parts().get(0);
        return EventDraftsForTests.withParts(
                draft,
                List.of(
                        new de.klimaflow.events.EventDraft.Part(
                                evening.title(),
                                evening.description(),
                                evening.startsAt(),
                                evening.endsAt(),
                                1,
                                evening.audiences()),
                        draft.parts().get(1)));
    }
}
