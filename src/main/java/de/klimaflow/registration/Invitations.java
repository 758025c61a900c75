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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.events.EventOverview;
import de.klimaflow.events.EventService;
import de.klimaflow.events.EventStatus;
import de.klimaflow.platform.MailAddresses;
import de.klimaflow.platform.PersonalTokens;
import de.klimaflow.security.CurrentUser;

/**
 * Invitations to an invitation-only event: a round of addresses goes out as one mail-out, each with a personal link
 * that opens the registration form for that address; staff see and withdraw them.
 */
@Service
@Transactional
public class Invitations {

    /** Addresses per invitation round; a larger list is split by staff. */
    public static final int MAX_INVITATIONS = 500;
    /** "Name <address>" or a bare address, one per line or separated by commas or semicolons. */
    private static final Pattern NAMED = Pattern.compile("^(.*?)\\s*<([^<>]+)>$");

    private final InvitationRepository invitations;
    private final Mailings mailings;
    private final EventService events;
    private final CurrentUser currentUser;
    private final Clock clock;

    Invitations(
            InvitationRepository invitations,
            Mailings mailings,
            EventService events,
            CurrentUser currentUser,
            Clock clock) {
        this.invitations = invitations;
        this.mailings = mailings;
        this.events = events;
        this.currentUser = currentUser;
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
            } else if (invitedBefore.contains(MailAddresses.key(email))
                    || addresses.containsKey(MailAddresses.key(email))) {
                already.add(email);
            } else {
                addresses.put(MailAddresses.key(email), name == null || name.isEmpty() ? null : name);
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
                                PersonalTokens.hash(PersonalTokens.random()),
                                clock.instant(),
                                actor))
                        .getId())));
        mailings.start(
                new Mailing(eventId, Mailing.Kind.INVITATION, null, null, null, recipients, clock.instant(), actor));
        return new InvitationRound(recipients.size(), already, invalid);
    }

    /** The invitation behind a link, while its event takes registrations and it is not used by an active registration. */
    @Transactional(readOnly = true)
    public Optional<InvitationView> openInvitation(String token) {
        if (!PersonalTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return invitations
                .findByTokenHash(PersonalTokens.hash(token))
                .filter(invitation -> events.overviewOf(invitation.getEventId())
                        .filter(EventOverview::registrationOpen)
                        .isPresent())
                .map(Invitations::view);
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
                .map(Invitations::view)
                .toList();
    }

    /** Staff take an invitation back; a registration made with it and not decided yet is then refused by the rules. */
    public void withdrawInvitation(long invitationId) {
        invitations.deleteById(invitationId);
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
