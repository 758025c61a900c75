package de.klimaflow.notification;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import de.klimaflow.platform.AgencyProperties;
import de.klimaflow.platform.MailAddresses;

/**
 * The headers around a mail that tell other software how to treat it: every mail klimaflow sends is automatic
 * ({@code Auto-Submitted: auto-generated}, RFC 3834, so out-of-office replies stay away); replies go to the team whose
 * work the mail is (the first group that reads its kind in the outbox, {@link MailReaders}); and a mail-out to many
 * people says how to get no more of them ({@code List-Unsubscribe}, RFC 2369).
 */
@Component
public class MailEnvelopes {

    /** The mails that go out to many people at once, unasked: invitations and messages to all participants. */
    static final Set<String> MAIL_OUTS =
            Set.of(MailKinds.MUNICIPALITY_INVITATION, MailKinds.EVENT_INVITATION, MailKinds.PARTICIPANT_MESSAGE);

    private final List<MailReaders> readers;
    private final TeamAddresses teams;
    private final AgencyProperties agency;

    MailEnvelopes(List<MailReaders> readers, TeamAddresses teams, AgencyProperties agency) {
        this.readers = readers;
        this.teams = teams;
        this.agency = agency;
    }

    /**
     * Each staff group's own address ({@code klimaflow.mail.team-addresses.<group>}): replies to a mail about its work go
     * there. A group without one gets no Reply-To; replies then go to the sender address.
     */
    @ConfigurationProperties("klimaflow.mail")
    public record TeamAddresses(Map<String, String> teamAddresses) {

        public TeamAddresses {
            teamAddresses = teamAddresses == null ? Map.of() : Map.copyOf(teamAddresses);
        }
    }

    /** What {@link MailTransport} sets besides sender and recipient. */
    public record Envelope(
            @Nullable String replyTo, @Nullable String listUnsubscribe) {}

    public Envelope of(String kind, String relatedType) {
        String replyTo = readers.stream()
                .map(reader -> reader.groupsByRelatedType().getOrDefault(relatedType, Set.of()))
                .flatMap(groups -> groups.stream().sorted())
                .map(group -> teams.teamAddresses().getOrDefault(group, ""))
                .filter(MailAddresses::isValid)
                .findFirst()
                .orElse(null);
        String unsubscribe = MAIL_OUTS.contains(kind)
                ? "<mailto:" + (replyTo == null ? agency.mailFrom() : replyTo) + "?subject=Abmelden>"
                : null;
        return new Envelope(replyTo, unsubscribe);
    }
}
