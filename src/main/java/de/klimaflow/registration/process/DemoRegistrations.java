package de.klimaflow.registration.process;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import de.klimaflow.events.EventOverview;
import de.klimaflow.events.EventOverview.PartOverview;
import de.klimaflow.events.EventService;
import de.klimaflow.events.ParticipantRole;
import de.klimaflow.events.process.DemoEvents;
import de.klimaflow.registration.RegistrationIntake;
import de.klimaflow.registration.Registrations;

/** Demo profile only, seeded once: a few confirmed registrations for the demo forum. */
@Component
@Profile("demo")
@Order(30)
class DemoRegistrations implements ApplicationRunner {

    private final EventService events;
    private final Registrations existing;
    private final RegistrationIntake registrations;

    DemoRegistrations(EventService events, Registrations existing, RegistrationIntake registrations) {
        this.events = events;
        this.existing = existing;
        this.registrations = registrations;
    }

    @Override
    public void run(ApplicationArguments args) {
        EventOverview forum = events.overview().stream()
                .filter(event -> event.title().equals(DemoEvents.FORUM_TITLE))
                .findFirst()
                .orElse(null);
        if (forum == null || !existing.noneFor(forum.id())) {
            return;
        }
        List<PartOverview> parts = forum.parts();
        // the evening, then three parallel workshops of which a person takes one
        Set<Long> evening = Set.of(parts.get(0).id());
        Set<Long> eveningAndFirstWorkshop =
                Set.of(parts.get(0).id(), parts.get(1).id());
        Set<Long> eveningAndSecondWorkshop =
                Set.of(parts.get(0).id(), parts.get(2).id());
        registrations.registerConfirmed(
                forum.id(),
                eveningAndFirstWorkshop,
                "Jana Krüger",
                "jana.krueger@oschersleben.example",
                "Stadt Oschersleben (Bode)",
                ParticipantRole.ADMINISTRATION,
                Locale.GERMAN);
        registrations.registerConfirmed(
                forum.id(),
                evening,
                "Thomas Schulze",
                "t.schulze@hoheboerde.example",
                "Gemeinde Hohe Börde",
                ParticipantRole.ELECTED_OFFICIAL,
                Locale.GERMAN);
        registrations.registerConfirmed(
                forum.id(),
                evening,
                "Sabine Meyer",
                "s.meyer@schoenebeck.example",
                "Stadt Schönebeck (Elbe)",
                ParticipantRole.ELECTED_OFFICIAL,
                Locale.GERMAN);
        registrations.registerConfirmed(
                forum.id(),
                eveningAndSecondWorkshop,
                "Michael Wolf",
                "m.wolf@stadt-burg.example",
                "Stadt Burg",
                ParticipantRole.CLIMATE_MANAGER,
                Locale.GERMAN);
    }
}
