package de.klimaflow.events.process;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import de.klimaflow.events.Event;
import de.klimaflow.events.EventService;
import de.klimaflow.events.Programme;
import de.klimaflow.notification.MailComposer;
import de.klimaflow.notification.MailContext;
import de.klimaflow.notification.MailRequest;
import de.klimaflow.notification.Recipient;
import de.klimaflow.platform.Formats;
import de.klimaflow.platform.Links;

/**
 * The speakers' own mails: a confirmation of their item once the event is approved (or they are named later), and a
 * reminder with the participants'. Speakers hold no seat, so these never go through the registrations.
 */
@Component
class SpeakerMails implements MailComposer {

    static final String RELATED_SPEAKER = "speaker";

    private final EventService events;
    private final Programme programme;
    private final Links links;

    SpeakerMails(EventService events, Programme programme, Links links) {
        this.events = events;
        this.programme = programme;
        this.links = links;
    }

    @Override
    public boolean composes(String processDefinitionKey, String kind) {
        return EventPlanningProcess.PROCESS_KEY.equals(processDefinitionKey)
                && (EventPlanningProcess.MAIL_SPEAKER_CONFIRMATION.equals(kind)
                        || EventPlanningProcess.MAIL_SPEAKER_REMINDER.equals(kind));
    }

    /**
     * A confirmation marks the speaker as confirmed in the step's own transaction, with the queued mail: a rollback
     * leaves both undone. (A queued mail is composed again only for an address that was invalid when it was queued;
     * a speaker's address is checked when it is entered, so that never happens here.)
     */
    @Override
    public List<MailRequest> compose(String kind, MailContext context) {
        Event event = events.find(Long.parseLong(context.businessKey()))
                .orElseThrow(() -> new IllegalStateException("no event " + context.businessKey()));
        List<Programme.SpeakerMail> speakers = EventPlanningProcess.MAIL_SPEAKER_CONFIRMATION.equals(kind)
                ? programme.takePendingConfirmations(event.getId())
                : programme.speakers(event.getId());
        return speakers.stream()
                .map(speaker -> new MailRequest(
                        kind,
                        new Recipient(speaker.name(), speaker.email(), Locale.GERMAN),
                        model(event, speaker),
                        null,
                        RELATED_SPEAKER,
                        Long.toString(speaker.speakerId())))
                .toList();
    }

    private Map<String, Object> model(Event event, Programme.SpeakerMail speaker) {
        Map<String, Object> model = new HashMap<>();
        model.put("eventTitle", event.getTitle());
        model.put("itemTitle", speaker.itemTitle());
        model.put("itemStarts", speaker.startsAt().atZone(Formats.ZONE));
        model.put(
                "session",
                event.getParts().stream()
                        .filter(part -> part.getId() == speaker.partId())
                        .findFirst()
                        .map(event::sessionLine)
                        .orElse(""));
        if (!event.isInvitationOnly()) {
            model.put("eventUrl", links.absolute(Links.eventPage(event.getId())));
        }
        model.put("contactName", event.getContactName());
        model.put("contactEmail", event.getContactEmail());
        return model;
    }
}
