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
import de.klimaflow.notification.CalendarMessage;
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
            RegistrationProcess.MAIL_AGAIN,
            RegistrationProcess.MAIL_CHANGED,
            RegistrationProcess.MAIL_CANCELLED);

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
        CalendarMessage entry = null;
        switch (kind) {
            // these two name the event only: its title is read, not the whole event with its seat counts
            case RegistrationProcess.MAIL_OPT_IN -> {
                if (intake.isAddressConfirmed(id)) {
                    // confirmed by its invitation link (or already by the person): nothing to confirm by mail
                    return List.of();
                }
                model.put("eventTitle", titleOf(eventId));
                de.klimaflow.registration.OptInLink optIn = intake.optInLink(id);
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
                    de.klimaflow.registration.OptInLink optIn = intake.optInLink(id);
                    model.put("confirmUrl", links.absolute(Links.registrationConfirmation(optIn.token())));
                    model.put("validUntil", optIn.validUntil().atZone(Formats.ZONE));
                } else {
                    model.put(
                            "pageUrl",
                            links.absolute(Links.registrationSelfService(intake.durableSelfServiceToken(id))));
                }
            }
            case RegistrationProcess.MAIL_CHANGED, RegistrationProcess.MAIL_CANCELLED -> {
                EventOverview event = eventOf(eventId);
                model.put("eventTitle", event.title());
                Set<Long> seated = partsWith(registration, PartBooking.Status.SEAT);
                // a part whose seat came straight back (a free seat, nobody waiting longer) has not changed
                Set<Long> changed = changedParts(context).stream()
                        .filter(part -> !seated.contains(part))
                        .collect(java.util.stream.Collectors.toSet());
                if (changed.isEmpty() && kind.equals(RegistrationProcess.MAIL_CHANGED)) {
                    return List.of();
                }
                Set<Long> waiting = partsWith(registration, PartBooking.Status.WAITING);
                model.put("sessions", sessions(event, partsWith(registration, PartBooking.Status.SEAT)));
                model.put(
                        "nowWaiting",
                        titles(event, changed.stream().filter(waiting::contains).toList()));
                model.put(
                        "givenUp",
                        titles(
                                event,
                                changed.stream()
                                        .filter(p -> !waiting.contains(p))
                                        .toList()));
                model.put("cancelled", titles(event, changed));
                model.put(
                        "cancelUrl", links.absolute(Links.registrationSelfService(intake.durableSelfServiceToken(id))));
                // the parts this mail takes away leave the person's calendar: same UIDs, a larger SEQUENCE
                List<CalendarEntry> gone =
                        calendar.entriesFor(event.id(), changed, registration.name(), registration.email());
                if (!gone.isEmpty()) {
                    entry = CalendarMessage.cancellation(gone, registrations.nextCalendarSequence(id));
                }
            }
            default -> {
                EventOverview event = eventOf(eventId);
                model.put("eventTitle", event.title());
                Set<Long> seats = partsWith(registration, PartBooking.Status.SEAT);
                model.put("sessions", sessions(event, seats));
                model.put("nowWaiting", titles(event, partsWith(registration, PartBooking.Status.WAITING)));
                // on the waiting list because the desk decided so, not because the parts are full
                model.put(
                        "byDesk",
                        Boolean.TRUE.equals(context.variables().get(RegistrationProcess.VAR_DECIDED_BY_DESK)));
                model.put(
                        "cancelUrl", links.absolute(Links.registrationSelfService(intake.durableSelfServiceToken(id))));
                // an online meeting's link goes to those with a seat only; an invitation-only event has no public
                // page: its link is the person's own page
                if (!seats.isEmpty()) {
                    events.videoLinkOf(eventId).ifPresent(link -> model.put("joinUrl", link));
                }
                if (event.invitationOnly()) {
                    model.put("eventUrl", model.get("cancelUrl"));
                }
                // every seated part, one appointment each, replacing what an earlier mail put in the calendar
                List<CalendarEntry> seated =
                        calendar.entriesFor(event.id(), seats, registration.name(), registration.email());
                if (!seated.isEmpty()) {
                    entry = CalendarMessage.request(seated, registrations.nextCalendarSequence(id));
                }
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

    private EventOverview eventOf(long eventId) {
        return events.overviewOf(eventId).orElseThrow(() -> new IllegalStateException("no event " + eventId));
    }

    private static Set<Long> partsWith(RegistrationView registration, PartBooking.Status status) {
        return registration.parts().stream()
                .filter(part -> part.status() == status)
                .map(RegistrationView.Part::partId)
                .collect(java.util.stream.Collectors.toSet());
    }

    private static Set<Long> changedParts(MailContext context) {
        Object ids = context.variables().get(RegistrationProcess.VAR_CHANGED_PARTS);
        return ids instanceof String text && !text.isBlank()
                ? java.util.Arrays.stream(text.split(","))
                        .map(Long::valueOf)
                        .collect(java.util.stream.Collectors.toSet())
                : Set.of();
    }

    /** "03.12.2026 18:00–20:30 Abend" for each of these parts, in programme order; " · Saal 2" where it has a room. */
    private static List<String> sessions(EventOverview event, Set<Long> parts) {
        return event.parts().stream()
                .filter(part -> parts.contains(part.id()))
                .map(part -> Formats.span(part.startsAt(), part.endsAt()) + " " + part.title()
                        + (part.room() == null ? "" : " · " + part.room()))
                .toList();
    }

    private static List<String> titles(EventOverview event, java.util.Collection<Long> parts) {
        return event.parts().stream()
                .filter(part -> parts.contains(part.id()))
                .map(EventOverview.PartOverview::title)
                .toList();
    }

    private String titleOf(long eventId) {
        return events.title(eventId).orElseThrow(() -> new IllegalStateException("no event " + eventId));
    }
}
