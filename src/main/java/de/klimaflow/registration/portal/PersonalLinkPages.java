package de.klimaflow.registration.portal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import de.klimaflow.events.EventOverview;
import de.klimaflow.events.EventService;
import de.klimaflow.events.Materials;
import de.klimaflow.platform.Formats;
import de.klimaflow.platform.Links;
import de.klimaflow.platform.PdfResponses;
import de.klimaflow.registration.AttendeeDocuments;
import de.klimaflow.registration.PartBooking;
import de.klimaflow.registration.RegistrationIntake;
import de.klimaflow.registration.RegistrationRefused;
import de.klimaflow.registration.RegistrationService;
import de.klimaflow.registration.RegistrationView;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The pages behind a person's links, server-rendered: the one the opt-in mail links to (its button confirms; opening
 * it changes nothing), and the person's own page (change parts, cancel). A link that opens nothing is a 404.
 */
@Controller
public class PersonalLinkPages {

    /** One part on the person's own page. */
    public record PartStanding(
            long id,
            String title,
            String when,
            String standing,
            boolean booked,
            long seatsLeft,
            @Nullable String room,
            @Nullable String secondChoiceFor) {}

    /** A file behind the person's link. */
    public record FileLink(String name, String href) {}

    private final RegistrationService registrations;
    private final AttendeeDocuments documents;
    private final RegistrationIntake intake;
    private final EventService events;

    public PersonalLinkPages(
            RegistrationService registrations,
            RegistrationIntake intake,
            EventService events,
            AttendeeDocuments documents) {
        this.registrations = registrations;
        this.documents = documents;
        this.intake = intake;
        this.events = events;
    }

    /** What the opt-in mail links to: shows the registration and a button; only the button's POST confirms. */
    @GetMapping(Links.REGISTRATION + "/bestaetigen/{token}")
    public String confirmPage(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<RegistrationView> registration = intake.awaitingConfirmation(token);
        if (registration.isEmpty()) {
            return invalidLink(response);
        }
        model.addAttribute("registration", registration.get());
        model.addAttribute("eventTitle", eventTitle(registration.get().eventId()));
        model.addAttribute("action", Links.registrationConfirmation(token));
        return "portal/registration-confirm";
    }

    @PostMapping(Links.REGISTRATION + "/bestaetigen/{token}")
    public String confirm(@PathVariable String token, HttpServletResponse response) {
        if (intake.confirm(token) == de.klimaflow.registration.Confirmation.INVALID) {
            return invalidLink(response);
        }
        return "redirect:" + Links.registrationConfirmation(token);
    }

    /** The person's own page behind their personal link. */
    @GetMapping(Links.REGISTRATION + "/{token:[A-Za-z0-9_-]{43}}")
    public String selfService(
            @PathVariable String token,
            @RequestParam(name = "gespeichert", required = false) @Nullable String saved,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Optional<RegistrationView> found = registrations.view(token);
        if (found.isEmpty()) {
            return invalidLink(response);
        }
        RegistrationView registration = found.get();
        EventOverview event = events.overviewOf(registration.eventId()).orElseThrow(PersonalLinkPages::notFound);
        model.addAttribute("registration", registration);
        model.addAttribute("event", event);
        model.addAttribute(
                "parts",
                event.parts().stream()
                        .map(part -> {
                            Optional<RegistrationView.Part> booked = registration.parts().stream()
                                    .filter(p -> p.partId() == part.id())
                                    .findFirst();
                            return new PartStanding(
                                    part.id(),
                                    part.title(),
                                    Formats.span(part.startsAt(), part.endsAt()),
                                    booked.map(p -> "registration.part."
                                                    + p.status().name())
                                            .orElse("registration.part.NONE"),
                                    booked.isPresent(),
                                    part.seatsLeft(),
                                    part.room(),
                                    booked.map(RegistrationView.Part::insteadOf)
                                            .flatMap(first -> event.parts().stream()
                                                    .filter(p -> p.id() == first)
                                                    .findFirst())
                                            .map(EventOverview.PartOverview::title)
                                            .orElse(null));
                        })
                        .toList());
        model.addAttribute("active", registration.status().isActive());
        // an online meeting's link, for a person with a seat: their own page, never the public one
        boolean seated = registration.status().isActive()
                && registration.parts().stream().anyMatch(p -> p.status() == PartBooking.Status.SEAT);
        model.addAttribute("joinUrl", seated ? events.videoLinkOf(event.id()).orElse(null) : null);
        model.addAttribute("canAdd", event.registrationOpen());
        model.addAttribute("saved", saved != null);
        model.addAttribute("self", Links.registrationSelfService(token));
        // after the event, for those who came: the certificate and the slides, released or not
        model.addAttribute(
                "certificate", documents.hasCertificate(token) ? Links.registrationCertificate(token) : null);
        model.addAttribute(
                "materials",
                documents.materials(token).stream()
                        .map(material ->
                                new FileLink(material.fileName(), Links.registrationMaterial(token, material.id())))
                        .toList());
        return "portal/registration-self-service";
    }

    @PostMapping(Links.REGISTRATION + "/{token:[A-Za-z0-9_-]{43}}/programmteile")
    public String changeParts(
            @PathVariable String token,
            @RequestParam(name = "parts", required = false) @Nullable List<String> parts,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        List<Long> partIds = parts == null
                ? List.of()
                : parts.stream()
                        .map(part -> part.matches("[0-9]{1,18}") ? Long.parseLong(part) : -1L)
                        .toList();
        try {
            if (!registrations.changeParts(token, partIds)) {
                return invalidLink(response);
            }
        } catch (RegistrationRefused refused) {
            model.addAttribute("problem", refused.messageKey());
            String page = selfService(token, null, model, locale, response);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page;
        }
        return "redirect:" + Links.registrationSelfService(token) + "?gespeichert";
    }

    @PostMapping(Links.REGISTRATION + "/{token:[A-Za-z0-9_-]{43}}/stornieren")
    public String cancel(@PathVariable String token, HttpServletResponse response) {
        if (registrations.view(token).isEmpty()) {
            return invalidLink(response);
        }
        registrations.cancel(token);
        return "redirect:" + Links.registrationSelfService(token);
    }

    /** The person's attendance certificate, once they attended; else the page that the link opens nothing. */
    @GetMapping(Links.REGISTRATION + "/{token:[A-Za-z0-9_-]{43}}/bescheinigung")
    public Object certificate(@PathVariable String token, HttpServletResponse response) {
        Optional<byte[]> pdf = documents.certificate(token);
        if (pdf.isEmpty()) {
            return invalidLink(response);
        }
        return PdfResponses.download("teilnahmebescheinigung.pdf", pdf.get());
    }

    /** Slides of the event, for a person who attended it; else the page that the link opens nothing. */
    @GetMapping(Links.REGISTRATION + "/{token:[A-Za-z0-9_-]{43}}/material/{materialId:[0-9]{1,18}}")
    public Object material(@PathVariable String token, @PathVariable long materialId, HttpServletResponse response) {
        Optional<Materials.Download> file = documents.material(token, materialId);
        if (file.isEmpty()) {
            return invalidLink(response);
        }
        return PdfResponses.inline(file.get().fileName(), file.get().content());
    }

    /** Anything else below the registration path: a real 404. */
    @GetMapping(Links.REGISTRATION + "/**")
    public String unknown(HttpServletResponse response) {
        return invalidLink(response);
    }

    static String invalidLink(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "portal/registration-link-invalid";
    }

    private String eventTitle(long eventId) {
        return events.titles(List.of(eventId)).getOrDefault(eventId, "");
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
