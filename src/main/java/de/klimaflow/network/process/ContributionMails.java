package de.klimaflow.network.process;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import de.klimaflow.events.Event;
import de.klimaflow.events.EventService;
import de.klimaflow.network.Contributions;
import de.klimaflow.notification.MailComposer;
import de.klimaflow.notification.MailContext;
import de.klimaflow.notification.MailRequest;
import de.klimaflow.notification.Recipient;
import de.klimaflow.platform.Formats;
import de.klimaflow.platform.Links;

/**
 * The call for contributions to every member (each with a personal link to the form), and the answer to a proposal:
 * on the agenda, or declined with the event team's reason. In German, as the network's pages are.
 */
@Component
class ContributionMails implements MailComposer {

    private final Contributions contributions;
    private final EventService events;
    private final Links links;

    ContributionMails(Contributions contributions, EventService events, Links links) {
        this.contributions = contributions;
        this.events = events;
        this.links = links;
    }

    @Override
    public boolean composes(String processDefinitionKey, String kind) {
        return (NetworkMeetingCycleProcess.PROCESS_KEY.equals(processDefinitionKey)
                        && NetworkMeetingCycleProcess.MAIL_CONTRIBUTION_CALL.equals(kind))
                || (NetworkContributionProcess.PROCESS_KEY.equals(processDefinitionKey)
                        && (NetworkContributionProcess.MAIL_ACCEPTED.equals(kind)
                                || NetworkContributionProcess.MAIL_DECLINED.equals(kind)));
    }

    @Override
    public List<MailRequest> compose(String kind, MailContext context) {
        if (NetworkMeetingCycleProcess.MAIL_CONTRIBUTION_CALL.equals(kind)) {
            // the planning step made the meeting the instance's business key
            long meetingId = Long.parseLong(context.businessKey());
            Event meeting = events.find(meetingId).orElseThrow();
            return contributions.openCalls(meetingId).stream()
                    .map(call -> new MailRequest(
                            kind,
                            new Recipient(call.name(), call.email(), Locale.GERMAN),
                            Map.of(
                                    "meeting", meeting.getTitle(),
                                    "when", Formats.dateTime(meeting.startsAt()),
                                    "deadline",
                                            meeting.getRegistrationDeadline().atZone(Formats.ZONE),
                                    // the outbox keeps this link without its token and asks for a fresh one to send
                                    "formUrl",
                                            links.absolute(Links.networkContribution(contributions
                                                    .issueLink(call.id())
                                                    .orElseThrow()))),
                            null,
                            Contributions.RELATED_MAILS,
                            Long.toString(call.id())))
                    .toList();
        }
        long id = Long.parseLong(context.businessKey());
        Contributions.ContributionView contribution =
                contributions.find(id).orElseThrow(() -> new IllegalStateException("no contribution " + id));
        Event meeting = events.find(contribution.eventId()).orElseThrow();
        return List.of(new MailRequest(
                kind,
                new Recipient(contribution.name(), contribution.email(), Locale.GERMAN),
                Map.of(
                        "meeting", meeting.getTitle(),
                        "when", Formats.dateTime(meeting.startsAt()),
                        "title", String.valueOf(contribution.title()),
                        "reason", String.valueOf(contribution.reason())),
                null,
                Contributions.RELATED_MAILS,
                Long.toString(id)));
    }
}
