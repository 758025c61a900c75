package de.klimaflow.registration.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import de.klimaflow.events.EventCalendar;
import de.klimaflow.events.EventOverview;
import de.klimaflow.events.EventService;
import de.klimaflow.notification.CalendarEntry;
import de.klimaflow.notification.MailComposer;
import de.klimaflow.notification.MailContext;
import de.klimaflow.notification.MailRequest;
import de.klimaflow.notification.Recipient;
import de.klimaflow.platform.Formats;
import de.klimaflow.platform.Links;
import de.klimaflow.registration.PartBooking;
import de.klimaflow.registration.RegistrationIntake;
import de.klimaflow.registration.RegistrationService;
import de.klimaflow.registration.RegistrationView;

/**
 * The mails of the registration process, in the registrant's language. Links are personal and new in
 * every mail (only their hashes are stored): the opt-in link for 48 hours, the self-service link until the
 * event is over.
 */
@Component
class RegistrationMails implements MailComposer {

    static final String RELATED_TYPE = de.klimaflow.registration.Mailings.RELATED_REGISTRATION;
    private static final Set<String> KINDS = Set.of(
            RegistrationProcess.MAIL_OPT_IN,
            RegistrationProcess.MAIL_CONFIRMED,
            RegistrationProcess.MAIL_WAITLISTED,
            RegistrationProcess.MAIL_REJECTED,
            RegistrationProcess.MAIL_PROMOTED,
            RegistrationProcess.MAIL_AGAIN);

    private final RegistrationService registrations;
    private final RegistrationIntake intake;
    private final EventService events;
    private final EventCalendar calendar;
    private final Links links;

    RegistrationMails(
            RegistrationService registrations,
            RegistrationIntake intake,
            EventService events,
            EventCalendar calendar,
            Links links) {
        this.registrations = registrations;
        this.intake = intake;
        this.events = events;
        this.calendar = calendar;
        this.links = links;
    }

    @Override
    public boolean composes(String processDefinitionKey, String kind) {
        return RegistrationProcess.PROCESS_KEY.equals(processDefinitionKey) && KINDS.contains(kind);
    }

    @Override
    public List<MailRequest> compose(String kind, MailContext context) {
        long id = Long.parseLong(context.businessKey());
        RegistrationView registration =
                registrations.find(id).orElseThrow(() -> new IllegalStateException("no registration " + id));
        long eventId = registration.eventId();
        Map<String, Object> model = new HashMap<>();
        model.put("eventUrl", links.absolute(Links.eventPage(eventId)));
        CalendarEntry entry = null;
        switch (kind) {
            // these two name the event only: its title is read, not the whole event with its seat counts
            case RegistrationProcess.MAIL_OPT_IN -> {
                model.put("eventTitle", titleOf(eventId));
                RegistrationIntake.OptInLink optIn = intake.optInLink(id);
                model.put("confirmUrl", links.absolute(Links.registrationConfirmation(optIn.token())));
                model.put("validUntil", optIn.validUntil().atZone(Formats.ZONE));
            }
            case RegistrationProcess.MAIL_REJECTED -> {
                model.put("reason", registration.decisionReason());
                Object declined = context.variables().get(RegistrationProcess.VAR_DECLINED_PARTS);
                if (declined instanceof String ids
                        && !ids.isEmpty()
                        && registration.status().isActive()) {
                    EventOverview event = events.overviewOf(eventId)
                            .orElseThrow(() -> new IllegalStateException("no event " + eventId));
                    model.put("eventTitle", event.title());
                    java.util.List<String> parts = java.util.Arrays.asList(ids.split(","));
                    model.put(
                            "declinedParts",
                            event.parts().stream()
                                    .filter(part -> parts.contains(Long.toString(part.id())))
                                    .map(EventOverview.PartOverview::title)
                                    .toList());
                } else {
                    model.put("eventTitle", titleOf(eventId));
                }
            }
            case RegistrationProcess.MAIL_AGAIN -> {
                model.put("eventTitle", titleOf(eventId));
                if (registration.status() == de.klimaflow.registration.RegistrationStatus.PENDING_CONFIRMATION) {
                    RegistrationIntake.OptInLink optIn = intake.optInLink(id);
                    model.put("confirmUrl", links.absolute(Links.registrationConfirmation(optIn.token())));
                    model.put("validUntil", optIn.validUntil().atZone(Formats.ZONE));
                } else {
                    model.put(
                            "pageUrl",
                            links.absolute(Links.registrationSelfService(intake.durableSelfServiceToken(id))));
                }
            }
            default -> {
                EventOverview event =
                        events.overviewOf(eventId).orElseThrow(() -> new IllegalStateException("no event " + eventId));
                model.put("eventTitle", event.title());
                Set<Long> seats = registration.parts().stream()
                        .filter(part -> part.status() == PartBooking.Status.SEAT)
                        .map(RegistrationView.Part::partId)
                        .collect(java.util.stream.Collectors.toSet());
                model.put(
                        "sessions",
                        event.parts().stream()
                                .filter(part -> seats.contains(part.id()))
                                .map(part -> Formats.span(part.startsAt(), part.endsAt()) + " " + part.title())
                                .toList());
                model.put(
                        "cancelUrl", links.absolute(Links.registrationSelfService(intake.durableSelfServiceToken(id))));
                entry = event.parts().stream()
                        .filter(part -> seats.contains(part.id()))
                        .findFirst()
                        .flatMap(part ->
                                calendar.entryFor(event.id(), part.id(), registration.name(), registration.email()))
                        .orElse(null);
            }
        }
        return List.of(new MailRequest(
                kind,
                new Recipient(registration.name(), registration.email(), registration.locale()),
                model,
                entry,
                RELATED_TYPE,
                Long.toString(id)));
    }

    private String titleOf(long eventId) {
        return events.title(eventId).orElseThrow(() -> new IllegalStateException("no event " + eventId));
    }
}
