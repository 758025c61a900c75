package de.klimaflow.registration.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.klimaflow.events.ParticipantRole;
import de.klimaflow.registration.Mailings;
import de.klimaflow.registration.NewRegistration;
import de.klimaflow.registration.RegistrationFixtures;
import de.klimaflow.registration.RegistrationRefused;
import de.klimaflow.registration.RegistrationStatus;
import de.klimaflow.support.ProcessTestBase;
import de.klimaflow.support.ReceivedMail;
import de.klimaflow.support.TestUsers;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * processes/registration-mailing.bpmn on the real engine: invitations to an invitation-only event, which
 * the registration then requires, and a message to the participants of a part, one send job per recipient.
 */
class RegistrationMailingTest extends ProcessTestBase {

    @Autowired
    de.klimaflow.registration.Invitations invitations;

    @Autowired
    Mailings mailings;

    @BeforeEach
    void signIn() {
        TestUsers.signIn(authentication, TestUsers.REGISTRATION_DESK);
    }

    @Test
    void onlyAnInvitedAddressWithItsOwnLinkGetsIntoAnInvitationOnlyEvent() throws Exception {
        long event = fixtures.publish(fixtures.draft(10, 10).byInvitationOnly());
        long evening = fixtures.parts(event).get(0);

        de.klimaflow.registration.Invitations.InvitationRound round = invitations.invite(
                event,
                "Rita Rat <rita@example.org>\nkein-at-zeichen\nRITA@example.org; max@example.org",
                Locale.GERMAN);
        assertThat(round.invited()).isEqualTo(2);
        assertThat(round.invalid()).containsExactly("kein-at-zeichen");
        assertThat(round.alreadyInvited()).containsExactly("RITA@example.org");
        assertThat(invitations.invite(event, "max@example.org", Locale.GERMAN).invited())
                .as("invited once")
                .isZero();

        List<Job> sends = sendJobs(event, RegistrationMailingProcess.TASK_SEND_INVITATION);
        assertThat(sends).as("one send job per invitee").hasSize(2);
        sends.forEach(job -> managementService.executeJob(job.getId()));
        String ritasMail = mailTo("rita@example.org");
        assertThat(ritasMail).contains("Guten Tag Rita Rat,").contains("Jetzt anmelden");
        assertThat(mailTo("max@example.org")).contains("Guten Tag,");
        String ritasToken = RegistrationFixtures.token(ritasMail, "/anmeldung/einladung/");
        String maxToken = RegistrationFixtures.token(mailTo("max@example.org"), "/anmeldung/einladung/");
        assertThat(invitations.openInvitation(ritasToken))
                .get()
                .extracting(de.klimaflow.registration.Invitations.InvitationView::email)
                .isEqualTo("rita@example.org");

        assertThatThrownBy(() -> intake.register(event, Set.of(evening), person("rita@example.org")))
                .as("no invitation")
                .isInstanceOfSatisfying(
                        RegistrationRefused.class,
                        refused ->
                                assertThat(refused.reason()).isEqualTo(RegistrationRefused.Reason.INVITATION_REQUIRED));
        assertThatThrownBy(() -> intake.register(event, Set.of(evening), person("eve@example.org"), ritasToken))
                .as("someone else's invitation")
                .isInstanceOf(RegistrationRefused.class);
        assertThatThrownBy(() -> intake.register(event, Set.of(evening), person("rita@example.org"), "x".repeat(43)))
                .as("a made-up token")
                .isInstanceOf(RegistrationRefused.class);

        long rita = intake.register(event, Set.of(evening), person("Rita@Example.org"), ritasToken);
        confirm(rita);
        assertThat(fixtures.decision(rita)).isEqualTo(RegistrationProcess.APPROVE);
        assertThat(registrations.find(rita).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(invitations.invitations(event))
                .filteredOn(i -> i.email().equals("rita@example.org"))
                .singleElement()
                .extracting(de.klimaflow.registration.Invitations.InvitationView::registrationId)
                .isEqualTo(rita);

        // an invitation withdrawn before the rules decide: they turn the registration down
        long max = intake.register(event, Set.of(evening), person("max@example.org"), maxToken);
        invitations.invitations(event).stream()
                .filter(i -> i.email().equals("max@example.org"))
                .forEach(i -> invitations.withdrawInvitation(i.id()));
        confirm(max);
        assertThat(fixtures.decision(max)).isEqualTo(RegistrationProcess.REJECT);
        assertThat(registrations.find(max).orElseThrow().status()).isEqualTo(RegistrationStatus.REJECTED);
        assertThat(invitations.openInvitation(maxToken)).isEmpty();
    }

    @Test
    void aMessageToAPartReachesEveryoneSeatedThereAndABadAddressStopsOnlyItself() throws Exception {
        long event = fixtures.publishedForum(2, 10);
        List<Long> parts = fixtures.parts(event);
        intake.registerConfirmed(
                event,
                Set.of(parts.get(0)),
                "Jana Krüger",
                "jana@example.org",
                null,
                ParticipantRole.ELECTED_OFFICIAL,
                Locale.GERMAN);
        // an address that passed the desk but no mail server takes (no dot in the domain)
        intake.registerConfirmed(
                event, Set.of(parts.get(0)), "Kaputt", "kaputt@localhost", null, ParticipantRole.OTHER, Locale.GERMAN);
        intake.registerConfirmed(
                event,
                Set.of(parts.get(0)),
                "Wartend",
                "wartend@example.org",
                null,
                ParticipantRole.OTHER,
                Locale.GERMAN);
        intake.registerConfirmed(
                event,
                Set.of(parts.get(1)),
                "Workshop",
                "workshop@example.org",
                null,
                ParticipantRole.ADMINISTRATION,
                Locale.ENGLISH);

        assertThatThrownBy(() -> mailings.messageParticipants(event, parts.get(0), " ", "Text"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        mailings.messageParticipants(event, parts.get(0), "Betreff", "x".repeat(Mailings.MAX_BODY + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(mailings.mailings(event))
                .as("refused messages store nothing")
                .isEmpty();

        int recipients = mailings.messageParticipants(
                event,
                parts.get(0),
                "Raumänderung <b>wichtig</b>",
                "Wir tagen im Rittersaal.\n\nParken: Hof <script>alert(1)</script>");
        assertThat(recipients)
                .as("seated in the evening only, not waiting, not the workshop")
                .isEqualTo(2);
        List<Job> sends = sendJobs(event, RegistrationMailingProcess.TASK_SEND_PARTICIPANT_MESSAGE);
        assertThat(sends).hasSize(2);
        List<String> failed = new ArrayList<>();
        for (Job send : sends) {
            try {
                managementService.executeJob(send.getId());
            } catch (RuntimeException badAddress) {
                failed.add(send.getId());
            }
        }
        assertThat(failed).as("only the bad address fails").hasSize(1);
        assertThat(managementService
                        .createJobQuery()
                        .jobId(failed.get(0))
                        .singleResult()
                        .getExceptionMessage())
                .contains("Ungültige Empfängeradresse")
                .as("named by the mail's id: the message goes to the log")
                .doesNotContain("kaputt@localhost");
        MimeMessage message = smtp.getReceivedMessages()[0];
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(((InternetAddress) message.getAllRecipients()[0]).getAddress())
                .isEqualTo("jana@example.org");
        assertThat(message.getSubject()).startsWith("Raumänderung <b>wichtig</b> – Nachricht zu ");
        String html = ReceivedMail.html(message);
        assertThat(html).contains("&lt;script&gt;").doesNotContain("<script>");
        assertThat(mailings.mailings(event)).singleElement().satisfies(mailing -> {
            assertThat(mailing.recipients()).isEqualTo(2);
            assertThat(mailing.createdBy()).isEqualTo(TestUsers.REGISTRATION_DESK);
        });
    }

    private static NewRegistration person(String email) {
        return new NewRegistration(
                "Rita Rat", email, "Stadt Burg", ParticipantRole.CLIMATE_MANAGER, null, Locale.GERMAN);
    }

    /** The invitation link proved the address: the opt-in step writes no mail, and the rules decide. */
    private void confirm(long registrationId) {
        assertThat(intake.addressConfirmed(registrationId)).isTrue();
        int before = smtp.getReceivedMessages().length;
        process.execute(
                process.instance(RegistrationProcess.PROCESS_KEY, registrationId),
                RegistrationProcess.TASK_SEND_OPT_IN);
        assertThat(smtp.getReceivedMessages()).as("no opt-in mail").hasSize(before);
    }

    /** The send jobs of the event's latest mail-out (other tests leave mail-outs of their own). */
    private List<Job> sendJobs(long event, String activity) {
        return process.jobs(
                process.instance(
                        RegistrationMailingProcess.PROCESS_KEY,
                        mailings.mailings(event).get(0).id()),
                activity);
    }

    private String mailTo(String address) throws Exception {
        return ReceivedMail.textTo(smtp.getReceivedMessages(), address);
    }
}
