package de.klimaflow.notification;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

import de.klimaflow.platform.AgencyProperties;
import de.klimaflow.platform.MailAddresses;

import static org.assertj.core.api.Assertions.assertThat;

class MailAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"jana.krueger@oschersleben.example", "a.b-c+d@sub.domain.de", "x@y.museum"})
    void acceptsPlainAddresses(String address) {
        assertThat(MailAddresses.problem(address)).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "jana",
                "jana@",
                "@example.org",
                "jana@localhost",
                "jana@example.",
                "a b@example.org",
                "eve@example.org\r\nBcc: x@example.org",
                "eve@example.org, x@example.org",
                "Eve <eve@example.org>"
            })
    void refusesEverythingElseWithAReason(String address) {
        assertThat(MailAddresses.problem(address)).isNotBlank();
    }

    @Test
    void refusesOverlongAddresses() {
        assertThat(MailAddresses.problem("a".repeat(250) + "@example.org")).contains("254");
    }

    @Test
    void oneLineRemovesLineBreaksAndControlCharacters() {
        assertThat(MailAddresses.oneLine("Forum\r\nBcc: x\u0000\u2028y\tz")).isEqualTo("Forum Bcc: x y z");
    }

    @Test
    void withoutSmtpServerMailsAreOnlyLogged() {
        var noSender = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
        MailTransport transport = new MailTransport(
                noSender,
                new AgencyProperties(
                        "Agentur",
                        "Impressum",
                        "test@klimaflow.example",
                        "https://klimaflow.example",
                        "https://lena.example/impressum",
                        "https://lena.example/datenschutz"));
        RenderedMail mail = new RenderedMail(Locale.GERMAN, "Betreff", "Text", "<p>Text</p>", null);
        assertThat(transport.deliver(
                        new Recipient("Jana", "jana@example.org", Locale.GERMAN),
                        mail,
                        "outbox.1.1",
                        new MailEnvelopes.Envelope(null, null)))
                .isEqualTo(MailTransport.LOG);
    }
}
