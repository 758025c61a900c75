package de.klimaflow.events.process;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.events.Event;
import de.klimaflow.events.EventPart;
import de.klimaflow.events.EventRegistrations;
import de.klimaflow.events.EventService;
import de.klimaflow.events.ParticipantExports;
import de.klimaflow.events.Venue;
import de.klimaflow.notification.MailAttachment;
import de.klimaflow.notification.MailComposer;
import de.klimaflow.notification.MailContext;
import de.klimaflow.notification.MailRequest;
import de.klimaflow.notification.Recipient;
import de.klimaflow.platform.Links;
import de.klimaflow.platform.MailAddresses;

/** The venue's mail of the event-planning process: seats per part, needs counted, and the participant list. */
@Component
class VenueMails implements MailComposer {

    private final EventService events;
    private final EventRegistrations registrations;
    private final ParticipantExports exports;
    private final Links links;

    VenueMails(EventService events, EventRegistrations registrations, ParticipantExports exports, Links links) {
        this.events = events;
        this.registrations = registrations;
        this.exports = exports;
        this.links = links;
    }

    @Override
    public boolean composes(String processDefinitionKey, String kind) {
        return EventPlanningProcess.PROCESS_KEY.equals(processDefinitionKey)
                && EventPlanningProcess.MAIL_VENUE_PARTICIPANT_LIST.equals(kind);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MailRequest> compose(String kind, MailContext context) {
        return toVenue(events.find(Long.parseLong(context.businessKey()))
                .orElseThrow(() -> new IllegalStateException("no event " + context.businessKey())));
    }

    /** The venue's contact gets the seats per part and the participant list as CSV; no contact, no mail. */
    private List<MailRequest> toVenue(Event event) {
        Venue venue = event.getVenue();
        if (venue == null || venue.getContactEmail() == null || !MailAddresses.isValid(venue.getContactEmail())) {
            return List.of();
        }
        Map<String, Long> taken = new java.util.LinkedHashMap<>();
        Map<Long, Long> seats = registrations.seatsTaken(
                event.getParts().stream().map(EventPart::getId).toList());
        event.getParts().forEach(part -> taken.put(part.getTitle(), seats.getOrDefault(part.getId(), 0L)));
        Map<String, Object> model = EventMails.base(
                event,
                event.getParts().stream().map(EventPart::getId).collect(Collectors.toSet()),
                links.absolute(Links.eventPage(event.getId())));
        model.put("venueName", venue.getName());
        model.put(
                "seats",
                taken.entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue())
                        .toList());
        model.put("contactName", event.getContactName());
        model.put("contactEmail", event.getContactEmail());
        model.put("accessibility", accessibilityWithoutNames(event));
        MailAttachment list = new MailAttachment(
                "teilnehmerliste-" + event.getId() + ".csv",
                "text/csv; charset=UTF-8",
                exports.venueCsv(event.getId(), Locale.GERMAN));
        return List.of(new MailRequest(
                EventPlanningProcess.MAIL_VENUE_PARTICIPANT_LIST,
                new Recipient(
                        venue.getContactName() == null ? venue.getName() : venue.getContactName(),
                        venue.getContactEmail(),
                        Locale.GERMAN),
                model,
                null,
                EventMails.RELATED_EVENT,
                event.getId().toString(),
                List.of(list)));
    }

    /**
     * Per part, the accessibility needs of those who did not agree to the venue getting them with their name: counted,
     * so that the venue can prepare without knowing who ("Abendveranstaltung: 1 × rollstuhlplatz").
     */
    private List<String> accessibilityWithoutNames(Event event) {
        List<EventRegistrations.Participant> participants = registrations.participants(event.getId());
        List<String> lines = new java.util.ArrayList<>();
        for (EventPart part : event.getParts()) {
            Map<String, Integer> counted = CateringMails.notesCounted(participants.stream()
                    .filter(p -> p.partIds().contains(part.getId()) && !p.accessibilityToVenue())
                    .map(EventRegistrations.Participant::accessibility)
                    .toList());
            if (!counted.isEmpty()) {
                lines.add(part.getTitle() + ": " + CateringMails.describe(counted));
            }
        }
        return lines;
    }
}
