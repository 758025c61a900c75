package de.klimaflow.events.backoffice;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

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

import de.klimaflow.events.ParticipantRole;
import de.klimaflow.registration.Registrations;
import de.klimaflow.support.BrowserlessUi;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestUsers;
import de.klimaflow.events.EventService;
import de.klimaflow.events.EventDraftsForTests;

/** Check-in at the door: search by name, one tap marks present. */
@KlimaflowTest
class CheckInViewTest {

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

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    @Test
    void searchAndTapToMarkPresent() {
        TestUsers.ensure(identityService);
        long venue = EventDraftsForTests.venue(events);
        long event = events.create(EventDraftsForTests.forum(venue, null));
        Set<Long> parts = Set.of(events.find(event).orElseThrow().getParts().get(0).getId());
        long kai = registrationService.registerConfirmed(event, parts, "Kai Brandt", "kai@example.org", "Stadt Haldensleben",
                ParticipantRole.OTHER, Locale.GERMAN);
        registrationService.registerConfirmed(event, parts, "Ute Lange", "ute@example.org", "Gemeinde Sülzetal",
                ParticipantRole.OTHER, Locale.GERMAN);

        BrowserlessUi.open(context, TestUsers.REGISTRATION_DESK);
        UI.getCurrent().navigate(CheckInView.class, EventDetailView.parameters(event));
        assertThat(_get(Paragraph.class, spec -> spec.withText("0 von 2 anwesend"))).isNotNull();

        HasValueUtilsKt._setValue(_get(TextField.class), "brand");
        assertThat(_find(Span.class, spec -> spec.withClasses("checkin-name"))).extracting(Span::getText).containsExactly("Kai Brandt");
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("checkin-toggle")));

        assertThat(registrations.participants(event)).filteredOn(p -> p.registrationId() == kai)
                .singleElement().satisfies(p -> assertThat(p.attended()).isTrue());
        assertThat(_get(Paragraph.class, spec -> spec.withText("1 von 2 anwesend"))).isNotNull();
        assertThat(_get(Button.class, spec -> spec.withClasses("checkin-toggle")).getText()).isEqualTo("Anwesend ✓");
    }
}
