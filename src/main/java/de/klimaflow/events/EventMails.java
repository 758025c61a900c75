package de.klimaflow.events;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.consultation.Regions;
import de.klimaflow.notification.AgencyProperties;
import de.klimaflow.notification.MailAddresses;
import de.klimaflow.notification.MailComposer;
import de.klimaflow.notification.MailContext;
import de.klimaflow.notification.MailKinds;
import de.klimaflow.notification.MailRequest;
import de.klimaflow.notification.Recipient;
import de.klimaflow.registration.RegistrationStatus;
import de.klimaflow.registration.Registrations;
import de.klimaflow.registration.Registrations.Registrant;
import de.klimaflow.ui.Formats;

/** The mails of the event-planning process, composed from the event, its region and its registrations. */
@Component
class EventMails implements MailComposer {

    static final String RELATED_EVENT = "event";
    static final String RELATED_REGISTRATION = "registration";
    /** Process variables the follow-up form sets. */
    static final String VAR_DOCUMENTATION_URL = "documentationUrl";
    static final String VAR_SURVEY_URL = "surveyUrl";
    static final String VAR_CANCELLATION_REASON = "cancellationReason";


    private final EventRepository events;
    private final Regions regions;
    private final Registrations registrations;
    private final AgencyProperties agency;

    EventMails(EventRepository events, Regions regions, Registrations registrations, AgencyProperties agency) {
        this.events = events;
        this.regions = regions;
        this.registrations = registrations;
        this.agency = agency;
    }

    @Override
    public String processDefinitionKey() {
        return EventPlanningProcess.PROCESS_KEY;
    }

    @Override
    @Transactional(readOnly = true)
    public List<MailRequest> compose(String kind, MailContext context) {
        Event event = events.findById(Long.valueOf(context.businessKey()))
                .orElseThrow(() -> new IllegalStateException("no event " + context.businessKey()));
        return switch (kind) {
            case MailKinds.MUNICIPALITY_INVITATION -> invitations(event);
            case MailKinds.EVENT_REMINDER -> toRegistrants(kind, event,
                    registrations.withStatus(event.getId(), RegistrationStatus.CONFIRMED), Map.of());
            case MailKinds.EVENT_FOLLOW_UP -> toRegistrants(kind, event,
                    registrations.withStatus(event.getId(), RegistrationStatus.CONFIRMED),
                    Map.of("documentationUrl", context.variables().getOrDefault(VAR_DOCUMENTATION_URL, eventUrl(event)),
                            "surveyUrl", context.variables().getOrDefault(VAR_SURVEY_URL, eventUrl(event))));
            case MailKinds.EVENT_CANCELLED -> toRegistrants(kind, event,
                    registrations.withStatus(event.getId(), RegistrationStatus.EVENT_CANCELLED),
                    context.variables().get(VAR_CANCELLATION_REASON) == null ? Map.of()
                            : Map.of("reason", context.variables().get(VAR_CANCELLATION_REASON)));
            default -> throw new IllegalArgumentException("the event-planning process sends no mail '" + kind + "'");
        };
    }

    /** Public forums invite the contacts of every municipality in the event's region. */
    private List<MailRequest> invitations(Event event) {
        if (event.isInvitationOnly() || event.getRegionId() == null) {
            return List.of();
        }
        Map<String, Object> model = base(event, event.getParts().stream().map(EventPart::getId).collect(java.util.stream.Collectors.toSet()));
        model.put("deadline", event.getRegistrationDeadline().atZone(Formats.ZONE));
        return regions.contactsOf(event.getRegionId()).stream()
                .filter(contact -> MailAddresses.isValid(contact.contactEmail()))
                .map(contact -> new MailRequest(MailKinds.MUNICIPALITY_INVITATION,
                        new Recipient(contact.contactName(), contact.contactEmail(), Locale.GERMAN), model, null,
                        RELATED_EVENT, event.getId().toString()))
                .toList();
    }

    private List<MailRequest> toRegistrants(String kind, Event event, List<Registrant> registrants,
            Map<String, Object> extra) {
        return registrants.stream().map(registrant -> {
            Map<String, Object> model = base(event, registrant.partIds());
            model.putAll(extra);
            model.put("cancelUrl", agency.link("/registrations/cancel/" + registrant.cancelToken()));
            return new MailRequest(kind, new Recipient(registrant.name(), registrant.email(), registrant.locale()), model,
                    null, RELATED_REGISTRATION, Long.toString(registrant.registrationId()));
        }).toList();
    }

    private Map<String, Object> base(Event event, Set<Long> partIds) {
        Map<String, Object> model = new HashMap<>();
        model.put("eventTitle", event.getTitle());
        model.put("eventUrl", eventUrl(event));
        model.put("sessions", event.getParts().stream().filter(part -> partIds.contains(part.getId()))
                .map(part -> session(event, part)).toList());
        return model;
    }

    /** "03.12.2026 18:00–20:30 Abendveranstaltung, Burg Oschersleben, An der Burg 1, 39387 Oschersleben" */
    static String session(Event event, EventPart part) {
        String when = Formats.span(part.getStartsAt(), part.getEndsAt());
        String where = event.getVenue() != null ? event.getVenue().address() : event.getVideoLink();
        return when + " " + part.getTitle() + (where == null ? "" : ", " + where);
    }

    private String eventUrl(Event event) {
        return agency.link("/veranstaltungen/" + event.getId());
    }
}
