package de.klimaflow.registration;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.events.EventOverview;
import de.klimaflow.events.EventService;
import de.klimaflow.platform.MailAddresses;
import de.klimaflow.platform.PersonalTokens;
import de.klimaflow.security.CurrentUser;

/**
 * Staff writing to many people of one event: personal invitations to an invitation-only event, and a
 * message to everyone with a seat in a part. Each mail-out is stored, then sent by its own process with
 * one send job per recipient (see {@link MailingCreated}).
 */
@Service
@Transactional
public class Mailings {

    public static final int MAX_TOPIC = 200;
    public static final int MAX_BODY = 5000;
    /** What a letter's mail belongs to, for the outbox. */
    public static final String RELATED_INVITATION = "invitation";

    public static final String RELATED_REGISTRATION = "registration";
    /** Staff text is shown as text, never as markup, so only control characters are refused. */
    private static final Pattern TEXT = Pattern.compile("(?s)[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*+");

    private final MailingRepository mailings;
    private final InvitationRepository invitations;
    private final RegistrationRepository registrations;
    private final RegistrationIntake intake;
    private final EventService events;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    Mailings(
            MailingRepository mailings,
            InvitationRepository invitations,
            RegistrationRepository registrations,
            RegistrationIntake intake,
            EventService events,
            CurrentUser currentUser,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.mailings = mailings;
        this.invitations = invitations;
        this.registrations = registrations;
        this.intake = intake;
        this.events = events;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** How many a message to the part would reach now: those confirmed with a seat in it. */
    @Transactional(readOnly = true)
    public int recipientsOf(long partId) {
        return seated(partId).size();
    }

    private List<Registration> seated(long partId) {
        return registrations.inPart(partId, PartBooking.Status.SEAT).stream()
                .filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED)
                .toList();
    }

    /** A message to everyone with a seat in the part; returns how many it goes to. */
    public int messageParticipants(long eventId, long partId, String topic, String body) {
        String cleanTopic = MailAddresses.oneLine(topic == null ? "" : topic).strip();
        String cleanBody = body == null ? "" : body.strip();
        if (cleanTopic.isEmpty()
                || cleanTopic.length() > MAX_TOPIC
                || cleanBody.isEmpty()
                || cleanBody.length() > MAX_BODY
                || !TEXT.matcher(cleanTopic).matches()
                || !TEXT.matcher(cleanBody).matches()) {
            throw new IllegalArgumentException("a message needs a subject of 1 to " + MAX_TOPIC + " and a text of 1 to "
                    + MAX_BODY + " characters, without control characters");
        }
        EventOverview event =
                events.overviewOf(eventId).orElseThrow(() -> new IllegalArgumentException("no event " + eventId));
        if (event.parts().stream().noneMatch(part -> part.id() == partId)) {
            throw new IllegalArgumentException("part " + partId + " is not one of event " + eventId);
        }
        List<Mailing.Recipient> recipients = seated(partId).stream()
                .map(r -> new Mailing.Recipient(r.getId(), null))
                .toList();
        if (!recipients.isEmpty()) {
            start(new Mailing(
                    eventId,
                    Mailing.Kind.PARTICIPANTS,
                    partId,
                    cleanTopic,
                    cleanBody,
                    recipients,
                    clock.instant(),
                    currentUser.requireId()));
        }
        return recipients.size();
    }

    /** Stores a mail-out; its process starts once the transaction commits. */
    void start(Mailing mailing) {
        Mailing saved = mailings.save(mailing);
        publisher.publishEvent(new MailingCreated(
                saved.getId(), saved.getKind(), saved.getRecipients().size()));
    }

    /** One mail of a mail-out, as the mailing process composes it. */
    public record Letter(
            Mailing.Kind kind,
            long eventId,
            String name,
            String email,
            Locale locale,
            String linkToken,
            @Nullable String topic,
            @Nullable String body,
            String relatedType,
            long relatedId) {}

    /**
     * The mail for one position, with a fresh personal link; empty when there is nobody to write to any
     * more (the invitation was withdrawn or used, the registration cancelled or erased).
     */
    public Optional<Letter> letter(long mailingId, int position) {
        Mailing mailing = mailings.findById(mailingId).orElseThrow();
        Mailing.Recipient recipient = mailings.recipientAt(mailingId, position).orElseThrow();
        if (mailing.getKind() == Mailing.Kind.INVITATION) {
            return Optional.ofNullable(recipient.invitationId())
                    .flatMap(invitations::findById)
                    .filter(invitation -> invitation.getRegistrationId() == null)
                    .map(invitation -> {
                        String token = PersonalTokens.random();
                        invitation.newToken(PersonalTokens.hash(token));
                        return new Letter(
                                mailing.getKind(),
                                mailing.getEventId(),
                                invitation.getName() == null ? "" : invitation.getName(),
                                invitation.getEmail(),
                                invitation.locale(),
                                token,
                                null,
                                null,
                                RELATED_INVITATION,
                                invitation.getId());
                    });
        }
        return Optional.ofNullable(recipient.registrationId())
                .flatMap(registrations::findById)
                .filter(registration -> registration.getStatus() == RegistrationStatus.CONFIRMED
                        && registration.seatParts().contains(mailing.getPartId()))
                .map(registration -> new Letter(
                        mailing.getKind(),
                        mailing.getEventId(),
                        registration.getName(),
                        registration.getEmail(),
                        registration.locale(),
                        intake.selfServiceToken(registration.getId()),
                        mailing.getTopic(),
                        mailing.getBody(),
                        RELATED_REGISTRATION,
                        registration.getId()));
    }

    /** The mail-outs of an event, newest first, for the staff view. */
    public record MailingView(
            long id,
            Mailing.Kind kind,
            @Nullable Long partId,
            @Nullable String topic,
            java.time.Instant createdAt,
            String createdBy,
            int recipients) {}

    @Transactional(readOnly = true)
    public List<MailingView> mailings(long eventId) {
        return mailings.findByEventIdOrderByCreatedAtDesc(eventId).stream()
                .map(m -> new MailingView(
                        m.getId(),
                        m.getKind(),
                        m.getPartId(),
                        m.getTopic(),
                        m.getCreatedAt(),
                        m.getCreatedBy(),
                        m.getRecipients().size()))
                .toList();
    }
}
