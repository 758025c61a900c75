package de.klimaflow.registration.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import de.klimaflow.events.EventOverview;
import de.klimaflow.events.EventService;
import de.klimaflow.events.ParticipantRole;
import de.klimaflow.platform.Formats;
import de.klimaflow.platform.Links;
import de.klimaflow.privacy.PrivacyNotices;
import de.klimaflow.regions.Regions;
import de.klimaflow.registration.Invitations;
import de.klimaflow.registration.NewRegistration;
import de.klimaflow.registration.RegistrationIntake;
import de.klimaflow.registration.RegistrationRefused;
import de.klimaflow.registration.RegistrationRequest;
import de.klimaflow.security.PublicFormGuard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public registration form, server-rendered: behind an event's "Anmelden" button, and behind an invitation's
 * link. The pages behind the personal links are {@link PersonalLinkPages}. Every form posts with its CSRF token and
 * redirects after success; a refused form comes back with a message at each field and a summary on top.
 */
@Controller
public class RegistrationPages {

    /** One part on the form: whether it is chosen and how many seats are left. */
    public record PartChoice(
            long id, String title, String when, @Nullable String room, long seatsLeft, int capacity, boolean chosen) {

        /** The id as the form posts it. */
        public String key() {
            return Long.toString(id);
        }
    }

    /** Parallel sessions of one slot: one is chosen first, another maybe second. */
    public record SlotChoice(
            int index, String slot, String when, List<PartChoice> sessions, String first, String second) {}

    private static final String FORM = "portal/registration-form";

    private final RegistrationIntake intake;
    private final Invitations invitations;
    private final EventService events;
    private final Regions regions;
    private final PrivacyNotices privacyNotices;
    private final PublicFormGuard guard;
    private final SmartValidator validator;

    public RegistrationPages(
            RegistrationIntake intake,
            Invitations invitations,
            EventService events,
            Regions regions,
            PrivacyNotices privacyNotices,
            PublicFormGuard guard,
            SmartValidator validator) {
        this.intake = intake;
        this.invitations = invitations;
        this.events = events;
        this.regions = regions;
        this.privacyNotices = privacyNotices;
        this.guard = guard;
        this.validator = validator;
    }

    @GetMapping(Links.PUBLIC_CALENDAR + "/{eventId:[0-9]{1,18}}/anmelden")
    public String form(@PathVariable long eventId, Model model, Locale locale) {
        RegistrationForm form = new RegistrationForm();
        return showForm(publicEvent(eventId), form, model, locale, Links.registrationForm(eventId));
    }

    @PostMapping(Links.PUBLIC_CALENDAR + "/{eventId:[0-9]{1,18}}/anmelden")
    public String register(
            @PathVariable long eventId,
            @ModelAttribute("form") RegistrationForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        form.setInvitation(null);
        return submit(
                publicEvent(eventId), form, errors, model, locale, request, response, Links.registrationForm(eventId));
    }

    private String submit(
            EventOverview event,
            RegistrationForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            String formAction) {
        if (!guard.admit(errors, form, request, response)) {
            return showForm(event, form, model, locale, formAction);
        }
        RegistrationRequest registration = form.toRequest();
        validator.validate(registration, errors);
        if (!errors.hasErrors()) {
            try {
                intake.register(
                        event.id(),
                        List.copyOf(registration.parts()),
                        registration.toNewRegistration(NewRegistration.mailLanguage(locale)),
                        registration.invitation());
                return "redirect:" + Links.registrationForm(event.id()) + "/eingegangen";
            } catch (RegistrationRefused refused) {
                String field = switch (refused.reason()) {
                    case DUPLICATE -> "email";
                    case UNKNOWN_PART, SESSION_CHOICE, SECOND_CHOICE -> "parts";
                    case INVITATION_REQUIRED -> form.getInvitation() == null ? null : "email";
                    case CLOSED -> null;
                };
                if (field == null) {
                    errors.reject(refused.messageKey());
                } else {
                    errors.rejectValue(field, refused.messageKey());
                }
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return showForm(event, form, model, locale, formAction);
    }

    private String showForm(EventOverview event, RegistrationForm form, Model model, Locale locale, String formAction) {
        form.setStamp(guard.stamp());
        model.addAttribute("form", form);
        model.addAttribute("event", event);
        // an invitation-only event has no public page to go back to
        model.addAttribute("eventPage", event.invitationOnly() ? null : Links.eventPage(event.id()));
        model.addAttribute("formAction", formAction);
        // behind a personal invitation the address is the invited one, and fixed
        model.addAttribute("invited", formAction.startsWith(Links.REGISTRATION + "/einladung/"));
        model.addAttribute("open", event.registrationOpen());
        model.addAttribute("deadline", Formats.dateTime(event.registrationDeadline()));
        model.addAttribute(
                "parts",
                event.parts().stream()
                        .filter(part -> part.slot() == null)
                        .map(part -> choice(part, form))
                        .toList());
        Map<String, List<EventOverview.PartOverview>> slots = event.parts().stream()
                .filter(part -> part.slot() != null)
                .collect(Collectors.groupingBy(
                        part -> Objects.requireNonNull(part.slot()), LinkedHashMap::new, Collectors.toList()));
        List<SlotChoice> slotChoices = new ArrayList<>();
        slots.forEach((slot, sessions) -> {
            int index = slotChoices.size();
            slotChoices.add(new SlotChoice(
                    index,
                    slot,
                    Formats.span(sessions.get(0).startsAt(), sessions.get(0).endsAt()),
                    sessions.stream().map(part -> choice(part, form)).toList(),
                    form.choice(index, true),
                    form.choice(index, false)));
        });
        model.addAttribute("slots", slotChoices);
        model.addAttribute("roles", ParticipantRole.values());
        model.addAttribute(
                "municipalities",
                events.regionOf(event.id()).map(regions::municipalityNames).orElse(List.of()));
        model.addAttribute("privacyNotice", privacyNotices.textFor(PrivacyNotices.Purpose.EVENT_REGISTRATION, locale));
        model.addAttribute("privacyConsentKey", PrivacyNotices.Purpose.EVENT_REGISTRATION.consentKey());
        model.addAttribute("maxName", RegistrationRequest.NAME_MAX);
        model.addAttribute("maxEmail", RegistrationRequest.EMAIL_MAX);
        model.addAttribute("maxNeeds", RegistrationRequest.NEEDS_MAX);
        model.addAttribute("maxAccessibility", RegistrationRequest.ACCESSIBILITY_MAX);
        return FORM;
    }

    private static PartChoice choice(EventOverview.PartOverview part, RegistrationForm form) {
        return new PartChoice(
                part.id(),
                part.title(),
                Formats.span(part.startsAt(), part.endsAt()),
                part.room(),
                part.seatsLeft(),
                part.capacity(),
                form.chose(part.id()));
    }

    /** The link of a personal invitation: the form of an invitation-only event, with the invited address. */
    @GetMapping(Links.REGISTRATION + "/einladung/{token:[A-Za-z0-9_-]{43}}")
    public String invitationForm(@PathVariable String token, Model model, Locale locale, HttpServletResponse response) {
        Optional<Invitations.InvitationView> invitation = invitations.openInvitation(token);
        if (invitation.isEmpty()) {
            return PersonalLinkPages.invalidLink(response);
        }
        RegistrationForm form = new RegistrationForm();
        form.setEmail(invitation.get().email());
        form.setName(invitation.get().name());
        form.setInvitation(token);
        EventOverview event = events.overviewOf(invitation.get().eventId()).orElseThrow(RegistrationPages::notFound);
        return showForm(event, form, model, locale, Links.invitation(token));
    }

    @PostMapping(Links.REGISTRATION + "/einladung/{token:[A-Za-z0-9_-]{43}}")
    public String registerInvited(
            @PathVariable String token,
            @ModelAttribute("form") RegistrationForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        Optional<Invitations.InvitationView> invitation = invitations.openInvitation(token);
        if (invitation.isEmpty()) {
            return PersonalLinkPages.invalidLink(response);
        }
        form.setInvitation(token);
        // the invitation is for this address: whatever the form sent, it registers the invited one
        form.setEmail(invitation.get().email());
        EventOverview event = events.overviewOf(invitation.get().eventId()).orElseThrow(RegistrationPages::notFound);
        return submit(event, form, errors, model, locale, request, response, Links.invitation(token));
    }

    @GetMapping(Links.PUBLIC_CALENDAR + "/{eventId:[0-9]{1,18}}/anmelden/eingegangen")
    public String received(@PathVariable long eventId, Model model) {
        EventOverview event = events.overviewOf(eventId)
                .filter(found -> found.status().isPublic())
                .orElseThrow(RegistrationPages::notFound);
        model.addAttribute("event", event);
        model.addAttribute("eventPage", event.invitationOnly() ? null : Links.eventPage(eventId));
        return "portal/registration-received";
    }

    private EventOverview publicEvent(long eventId) {
        return events.publicEvent(eventId).orElseThrow(RegistrationPages::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
