package de.klimaflow.registration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.events.EventOverview;
import de.klimaflow.events.EventService;
import de.klimaflow.events.EventStatus;
import de.klimaflow.notification.MailAddresses;
import de.klimaflow.security.CurrentUser;

/**
 * Staff writing to many people of one event: personal invitations to an invitation-only event, and a
 * message to everyone with a seat in a part. Each mail-out is stored, then sent by its own process with
 * one send job per recipient (see {@link MailingCreated}).
 */
@Service
@Transactional
public class Mailings {

    /** Addresses per invitation round; a larger list is split by staff. */
    public static final int MAX_INVITATIONS = 500;

    public static final int MAX_TOPIC = 200;
    public static final int MAX_BODY = 5000;
    /** What a letter's mail belongs to, for the outbox. */
    public static final String RELATED_INVITATION = "invitation";

    public static final String RELATED_REGISTRATION = "registration";
    /** "Name <address>" or a bare address, one per line or separated by commas or semicolons. */
    private static final Pattern NAMED = Pattern.compile("^(.*?)\\s*<([^<>]+)>$");
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

    /** What an invitation round did. */
    public record InvitationRound(int invited, List<String> alreadyInvited, List<String> invalid) {}

    /**
     * Invites every valid address of the list that is not invited yet, in German unless told otherwise.
     * Invalid lines are reported and nothing else is held back; a list without any valid new address stores nothing.
     */
    public InvitationRound invite(long eventId, String addressList, Locale language) {
        return invite(eventId, addressList, language, currentUser.requireId());
    }

    /** As {@link #invite(long, String, Locale)}, on behalf of {@code actor} (a user id, or a process step). */
    public InvitationRound invite(long eventId, String addressList, Locale language, String actor) {
        EventOverview event =
                events.overviewOf(eventId).orElseThrow(() -> new IllegalArgumentException("no event " + eventId));
        if (!event.invitationOnly() || !event.registrationOpen()) {
            throw new IllegalStateException(
                    "invitations go out only for an invitation-only event open for registration");
        }
        Set<String> invitedBefore = invitations.findByEventIdOrderByEmailAsc(eventId).stream()
                .map(Invitation::getEmail)
                .collect(Collectors.toSet());
        Map<String, @Nullable String> addresses = new LinkedHashMap<>();
        List<String> invalid = new ArrayList<>();
        List<String> already = new ArrayList<>();
        for (String entry : addressList.split("[\\r\\n,;]+")) {
            String line = entry.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher named = NAMED.matcher(line);
            String name = named.matches() ? named.group(1).strip().replaceAll("^\"|\"$", "") : null;
            String email = named.matches() ? named.group(2).strip() : line;
            if (!MailAddresses.isValid(email)
                    || email.length() > RegistrationRequest.EMAIL_MAX
                    || (name != null
                            && (name.length() > RegistrationRequest.NAME_MAX
                                    || !name.matches(RegistrationRequest.NAME) && !name.isEmpty()))) {
                invalid.add(MailAddresses.oneLine(line));
            } else if (invitedBefore.contains(Registration.emailKey(email))
                    || addresses.containsKey(Registration.emailKey(email))) {
                already.add(email);
            } else {
                addresses.put(Registration.emailKey(email), name == null || name.isEmpty() ? null : name);
            }
        }
        if (addresses.size() > MAX_INVITATIONS) {
            throw new IllegalArgumentException("at most " + MAX_INVITATIONS + " addresses per round");
        }
        if (addresses.isEmpty()) {
            return new InvitationRound(0, already, invalid);
        }
        List<Mailing.Recipient> recipients = new ArrayList<>();
        addresses.forEach((email, name) -> recipients.add(new Mailing.Recipient(
                null,
                invitations
                        .save(new Invitation(
                                eventId,
                                email,
                                name,
                                language,
                                PersonalLinks.hash(PersonalLinks.randomToken()),
                                clock.instant(),
                                actor))
                        .getId())));
        start(new Mailing(eventId, Mailing.Kind.INVITATION, null, null, null, recipients, clock.instant(), actor));
        return new InvitationRound(recipients.size(), already, invalid);
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
        List<Mailing.Recipient> recipients = registrations.inPart(partId, PartBooking.Status.SEAT).stream()
                .filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED)
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

    private void start(Mailing mailing) {
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
                        String token = PersonalLinks.randomToken();
                        invitation.newToken(PersonalLinks.hash(token));
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

    /** The invitation behind a link, while its event takes registrations and it is not used by an active registration. */
    @Transactional(readOnly = true)
    public Optional<InvitationView> openInvitation(String token) {
        if (!PersonalLinks.wellFormed(token)) {
            return Optional.empty();
        }
        return invitations
                .findByTokenHash(PersonalLinks.hash(token))
                .filter(invitation -> events.overviewOf(invitation.getEventId())
                        .filter(EventOverview::registrationOpen)
                        .isPresent())
                .map(Mailings::view);
    }

    /** An invitation as staff and the invitee's form see it. */
    public record InvitationView(
            long id,
            long eventId,
            String email,
            @Nullable String name,
            java.time.Instant invitedAt,
            @Nullable String invitedBy,
            @Nullable Long registrationId) {}

    @Transactional(readOnly = true)
    public List<InvitationView> invitations(long eventId) {
        return invitations.findByEventIdOrderByEmailAsc(eventId).stream()
                .map(Mailings::view)
                .toList();
    }

    /** Staff take an invitation back; a registration made with it and not decided yet is then refused by the rules. */
    public void withdrawInvitation(long invitationId) {
        invitations.deleteById(invitationId);
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

    /** Whether an event can take invitations now (invitation-only and open for registration). */
    @Transactional(readOnly = true)
    public boolean takesInvitations(long eventId) {
        return events.overviewOf(eventId)
                .filter(e -> e.invitationOnly() && e.registrationOpen() && e.status() == EventStatus.PUBLISHED)
                .isPresent();
    }

    private static InvitationView view(Invitation invitation) {
        return new InvitationView(
                invitation.getId(),
                invitation.getEventId(),
                invitation.getEmail(),
                invitation.getName(),
                invitation.getInvitedAt(),
                invitation.getInvitedBy(),
                invitation.getRegistrationId());
    }
}
