package de.klimaflow.registration.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.events.EventOverview;
import de.klimaflow.events.EventService;
import de.klimaflow.notification.MailComposer;
import de.klimaflow.notification.MailContext;
import de.klimaflow.notification.MailRequest;
import de.klimaflow.notification.Recipient;
import de.klimaflow.platform.Formats;
import de.klimaflow.platform.Links;
import de.klimaflow.registration.Mailings;

/** The one mail of each send job of a mail-out: the recipient at the job's position of the loop. */
@Component
class MailingMails implements MailComposer {

    private final Mailings mailings;
    private final EventService events;
    private final Links links;

    MailingMails(Mailings mailings, EventService events, Links links) {
        this.mailings = mailings;
        this.events = events;
        this.links = links;
    }

    @Override
    public boolean composes(String processDefinitionKey, String kind) {
        return RegistrationMailingProcess.PROCESS_KEY.equals(processDefinitionKey)
                && Set.of(
                                RegistrationMailingProcess.MAIL_INVITATION,
                                RegistrationMailingProcess.MAIL_PARTICIPANT_MESSAGE)
                        .contains(kind);
    }

    @Override
    @Transactional
    public List<MailRequest> compose(String kind, MailContext context) {
        long mailingId = Long.parseLong(context.businessKey());
        int position = ((Number)
                        Objects.requireNonNull(context.variables().get(RegistrationMailingProcess.VAR_LOOP_COUNTER)))
                .intValue();
        return mailings.letter(mailingId, position)
                .map(letter -> {
                    EventOverview event = events.overviewOf(letter.eventId()).orElseThrow();
                    Map<String, Object> model = new HashMap<>();
                    model.put("eventTitle", event.title());
                    if (kind.equals(RegistrationMailingProcess.MAIL_INVITATION)) {
                        model.put(
                                "sessions",
                                event.parts().stream()
                                        .map(part -> Formats.span(part.startsAt(), part.endsAt()) + " " + part.title())
                                        .toList());
                        model.put("deadline", event.registrationDeadline().atZone(Formats.ZONE));
                        model.put("invitationUrl", links.absolute(Links.invitation(letter.linkToken())));
                    } else {
                        model.put("topic", letter.topic());
                        model.put(
                                "paragraphs",
                                List.of(String.valueOf(letter.body()).split("\\R\\s*\\R")));
                        model.put("cancelUrl", links.absolute(Links.registrationSelfService(letter.linkToken())));
                    }
                    return List.of(new MailRequest(
                            kind,
                            new Recipient(letter.name(), letter.email(), letter.locale()),
                            model,
                            null,
                            letter.relatedType(),
                            Long.toString(letter.relatedId())));
                })
                .orElse(List.of());
    }
}
