package de.klimaflow.notification;

import java.net.ConnectException;

import org.junit.jupiter.api.Test;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;

import static org.assertj.core.api.Assertions.assertThat;

/** A refused recipient is that recipient's problem; anything else is the delivery's, and worth a retry of all. */
class MailDeliveryExceptionTest {

    @Test
    void aRecipientTheServerRefusedIsTheRecipientsOwnFailure() throws Exception {
        SendFailedException refused = new SendFailedException(
                "550 no such user", null, new InternetAddress[0], new InternetAddress[0], new InternetAddress[] {
                    new InternetAddress("nobody@example.org")
                });
        assertThat(new MailDeliveryException("SMTP", refused).recipientRefused())
                .isTrue();
        assertThat(new MailDeliveryException("Mail an nobody@example.org", new MailDeliveryException("SMTP", refused))
                        .recipientRefused())
                .as("also when wrapped once more")
                .isTrue();
    }

    @Test
    void aServerThatIsAwayIsTheDeliverysFailure() {
        MessagingException away = new MessagingException("Couldn't connect to host", new ConnectException("refused"));
        assertThat(new MailDeliveryException("SMTP", away).recipientRefused()).isFalse();
    }
}
