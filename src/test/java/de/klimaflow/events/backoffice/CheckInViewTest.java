package de.klimaflow.events.backoffice;

import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

import de.klimaflow.events.EventDraftsForTests;
import de.klimaflow.events.EventService;
import de.klimaflow.events.ParticipantRole;
import de.klimaflow.registration.Registrations;
import de.klimaflow.support.BrowserlessUi;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestUsers;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Check-in at the door: search by name, one tap marks present. */
@KlimaflowTest
class CheckInViewTest {

    @Autowired
    de.klimaflow.registration.RegistrationIntake intake;

    @Autowired
    de.klimaflow.events.CheckIns checkIns;

    @Autowired
    de.klimaflow.events.Venues venues;

    @Autowired
    ApplicationContext context;

    @Autowired
    IdentityService identityService;

    @Autowired
    EventService events;

    @Autowired
    Registrations registrations;

    @Autowired
    de.klimaflow.registration.RegistrationService registrationService;

    @Autowired
    de.klimaflow.support.TestClock clock;

    @AfterEach
    void close() {
        BrowserlessUi.close();
        clock.reset();
    }

    @Test
    void beforeTheEventDayOnlyTheEventTeamChecksInWithAReasonThatIsKept() {
        TestUsers.ensure(identityService);
        long event = events.create(EventDraftsForTests.forum(EventDraftsForTests.venue(venues), null));
        Set<Long> parts =
                Set.of(events.find(event).orElseThrow().getParts().get(0).getId());
        long lea = intake.registerConfirmed(
                event, parts, "Lea Vorab", "lea@example.org", null, ParticipantRole.OTHER, Locale.GERMAN);
        // two days before the event, whatever today is (the test forum has fixed dates)
        clock.advance(java.time.Duration.between(
                        clock.instant(), events.find(event).orElseThrow().startsAt())
                .minusDays(2));

        BrowserlessUi.open(context, TestUsers.REGISTRATION_DESK);
        UI.getCurrent().navigate(CheckInView.class, EventDetailView.parameters(event));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("checkin-not-yet"))
                        .getText())
                .startsWith("Der Check-in öffnet am");
        assertThat(_get(Button.class, spec -> spec.withClasses("checkin-toggle"))
                        .isEnabled())
                .isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> checkIns.checkIn(event, parts.iterator().next(), lea, true, "Test"))
                .as("the desk cannot, even past the view")
                .isInstanceOf(IllegalStateException.class);
        BrowserlessUi.close();

        BrowserlessUi.open(context, TestUsers.EVENT_TEAM);
        UI.getCurrent().navigate(CheckInView.class, EventDetailView.parameters(event));
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("checkin-toggle")));
        assertThat(_get(TextField.class, spec -> spec.withClasses("checkin-early-reason"))
                        .isInvalid())
                .as("a reason first")
                .isTrue();
        assertThat(registrations.participants(event))
                .singleElement()
                .satisfies(p -> assertThat(p.attended()).isFalse());
        HasValueUtilsKt._setValue(
                _get(TextField.class, spec -> spec.withClasses("checkin-early-reason")),
                "Referentin, reist am Vortag an");
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("checkin-toggle")));
        assertThat(registrations.participants(event))
                .singleElement()
                .satisfies(p -> assertThat(p.attended()).isTrue());
        assertThat(registrationService.history(lea)).anySatisfy(entry -> {
            assertThat(entry.kind().name()).isEqualTo("CHECKED_IN");
            assertThat(entry.actor()).isEqualTo(TestUsers.EVENT_TEAM);
            assertThat(entry.detail())
                    .as("the part, and why before the day")
                    .isEqualTo(
                            events.find(event).orElseThrow().getParts().get(0).getTitle()
                                    + ", vor dem Veranstaltungstag: Referentin, reist am Vortag an");
        });
    }

    /** At the evening's door only the evening's people; the workshop day's list is its own. */
    @Test
    @SuppressWarnings("unchecked")
    void eachPartHasItsOwnDoor() {
        TestUsers.ensure(identityService);
        long event = events.create(EventDraftsForTests.forum(EventDraftsForTests.venue(venues), null));
        var parts = events.find(event).orElseThrow().getParts();
        intake.registerConfirmed(
                event,
                Set.of(parts.get(0).getId()),
                "Erik Abend",
                "erik@example.org",
                null,
                ParticipantRole.OTHER,
                Locale.GERMAN);
        intake.registerConfirmed(
                event,
                Set.of(parts.get(1).getId()),
                "Wanda Werkstatt",
                "wanda@example.org",
                null,
                ParticipantRole.OTHER,
                Locale.GERMAN);
        clock.advance(java.time.Duration.between(
                        clock.instant(), events.find(event).orElseThrow().startsAt())
                .minusHours(2));
        BrowserlessUi.open(context, TestUsers.REGISTRATION_DESK);
        UI.getCurrent().navigate(CheckInView.class, EventDetailView.parameters(event));
        assertThat(_find(Span.class, spec -> spec.withClasses("checkin-name")))
                .extracting(Span::getText)
                .as("the evening comes first")
                .containsExactly("Erik Abend");
        var door = _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withClasses("checkin-part"));
        HasValueUtilsKt._setValue(
                door, door.getListDataView().getItems().skip(1).findFirst().orElseThrow());
        assertThat(_find(Span.class, spec -> spec.withClasses("checkin-name")))
                .extracting(Span::getText)
                .containsExactly("Wanda Werkstatt");
        assertThat(_get(Paragraph.class, spec -> spec.withText("0 von 1 anwesend")))
                .isNotNull();
        // attendance is kept per part: Wanda came to the workshop day, which the evening's door does not count
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("checkin-toggle")));
        assertThat(_get(Paragraph.class, spec -> spec.withText("1 von 1 anwesend")))
                .isNotNull();
        HasValueUtilsKt._setValue(
                door, door.getListDataView().getItems().findFirst().orElseThrow());
        assertThat(_get(Paragraph.class, spec -> spec.withText("0 von 1 anwesend")))
                .isNotNull();
        assertThat(registrations.participants(event))
                .filteredOn(p -> p.name().equals("Wanda Werkstatt"))
                .singleElement()
                .satisfies(p -> assertThat(p.attendedPartIds())
                        .containsExactly(parts.get(1).getId()));
    }

    @Test
    void searchAndTapToMarkPresent() {
        TestUsers.ensure(identityService);
        long venue = EventDraftsForTests.venue(venues);
        long event = events.create(EventDraftsForTests.forum(venue, null));
        Set<Long> parts =
                Set.of(events.find(event).orElseThrow().getParts().get(0).getId());
        long kai = intake.registerConfirmed(
                event,
                parts,
                "Kai Brandt",
                "kai@example.org",
                "Stadt Haldensleben",
                ParticipantRole.OTHER,
                Locale.GERMAN);
        intake.registerConfirmed(
                event,
                parts,
                "Ute Lange",
                "ute@example.org",
                "Gemeinde Sülzetal",
                ParticipantRole.OTHER,
                Locale.GERMAN);

        BrowserlessUi.open(context, TestUsers.REGISTRATION_DESK);
        clock.advance(java.time.Duration.between(
                        clock.instant(), events.find(event).orElseThrow().startsAt())
                .minusHours(2));
        UI.getCurrent().navigate(CheckInView.class, EventDetailView.parameters(event));
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("checkin-not-yet")))
                .as("the event's day")
                .isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withText("0 von 2 anwesend")))
                .isNotNull();

        HasValueUtilsKt._setValue(_get(TextField.class), "brand");
        assertThat(_find(Span.class, spec -> spec.withClasses("checkin-name")))
                .extracting(Span::getText)
                .containsExactly("Kai Brandt");
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("checkin-toggle")));

        assertThat(registrations.participants(event))
                .filteredOn(p -> p.registrationId() == kai)
                .singleElement()
                .satisfies(p -> assertThat(p.attended()).isTrue());
        assertThat(_get(Paragraph.class, spec -> spec.withText("1 von 2 anwesend")))
                .isNotNull();
        assertThat(_get(Button.class, spec -> spec.withClasses("checkin-toggle"))
                        .getText())
                .isEqualTo("Anwesend ✓");
    }
}
