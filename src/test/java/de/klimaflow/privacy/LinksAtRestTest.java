package de.klimaflow.privacy;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.klimaflow.platform.Links;
import de.klimaflow.registration.Invitations;
import de.klimaflow.registration.Mailings;
import de.klimaflow.registration.RegistrationFixtures;
import de.klimaflow.registration.process.RegistrationMailingProcess;
import de.klimaflow.registration.process.RegistrationProcess;
import de.klimaflow.support.ProcessTestBase;
import de.klimaflow.support.ReceivedMail;
import de.klimaflow.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The outbox keeps no live personal link: a copy of the database opens nothing, and a retried mail still does. */
class LinksAtRestTest extends ProcessTestBase {

    private static final Pattern LIVE_LINK = Pattern.compile("/anmeldung/(bestaetigen/|einladung/)?[A-Za-z0-9_-]{43}");

    @Autowired
    Invitations invitations;

    @Autowired
    Mailings mailings;

    @Test
    void noStoredMailHoldsAWorkingLinkAndARetriedInvitationStillCarriesOne() throws Exception {
        TestUsers.signIn(authentication, TestUsers.EVENT_TEAM);
        long event = fixtures.publish(fixtures.draft(10, 10).byInvitationOnly());
        String address = "ina.invite" + System.nanoTime() + "@example.org";
        invitations.invite(event, address, Locale.GERMAN);
        var mailing = process.instance(
                RegistrationMailingProcess.PROCESS_KEY,
                mailings.mailings(event).get(0).id());
        List<Job> sends = process.jobs(mailing, RegistrationMailingProcess.TASK_SEND_INVITATION);
        assertThat(sends).hasSize(1);

        // the server is away: the try fails and waits for its retry
        smtp.stop();
        assertThatThrownBy(() -> managementService.executeJob(sends.get(0).getId()))
                .isInstanceOf(RuntimeException.class);
        smtp.start();
        managementService.executeJob(sends.get(0).getId());

        String mail = ReceivedMail.textTo(smtp.getReceivedMessages(), address);
        String token = RegistrationFixtures.token(mail, "/anmeldung/einladung/");
        assertThat(invitations.openInvitation(token))
                .as("the retried mail's link works")
                .isPresent();

        // the opt-in and confirmation mails of a registration, sent directly
        long registration = intake.register(
                event,
                java.util.Set.of(fixtures.parts(event).get(0)),
                new de.klimaflow.registration.NewRegistration(
                        "Ina Invite", address, null, de.klimaflow.events.ParticipantRole.OTHER, null, Locale.GERMAN),
                token);
        // the invitation link proved the address: the opt-in step writes nothing
        managementService.executeJob(managementService
                .createJobQuery()
                .processInstanceId(fixtures.instance(registration))
                .activityId(RegistrationProcess.TASK_SEND_OPT_IN)
                .singleResult()
                .getId());
        String own = RegistrationFixtures.token(
                fixtures.sendMail(smtp, registration, RegistrationProcess.TASK_SEND_CONFIRMATION), "/anmeldung/");

        List<String> bodies = jdbc.queryForList(
                "select text_body || ' ' || coalesce(html_body, '') from outbound_mail where lower(recipient_email) = ?",
                String.class,
                address);
        assertThat(bodies).as("invitation and confirmation are in the outbox").hasSize(2);
        assertThat(bodies)
                .allSatisfy(body -> assertThat(LIVE_LINK.matcher(body).find())
                        .as("no live personal link at rest")
                        .isFalse())
                .allSatisfy(body -> assertThat(body).contains(Links.TOKEN_HELD_BACK));
        assertThat(bodies).noneMatch(body -> body.contains(token) || body.contains(own));
    }
}
