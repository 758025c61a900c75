package de.klimaflow.notification;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import de.klimaflow.platform.AgencyProperties;

/**
 * Hands a rendered mail to the SMTP server configured with {@code spring.mail.*}. Without one (the
 * embedded default) it only logs the mail; its full text stays readable on the Outbox page.
 */
@Component
public class MailTransport {

    public static final String SMTP = "SMTP";
    public static final String LOG = "LOG";

    private static final Logger LOG_OUTPUT = LoggerFactory.getLogger(MailTransport.class);

    static {
        // Jakarta Mail 2.1 looks up its stream provider through a new ServiceLoader for every header it encodes
        // and every part it writes (jakartaee/mail-api#861); in the packaged jar each lookup searches all nested
        // jars, which cost a fifth of the CPU while registrations came in. Named here, the lookup loads a class.
        String streamProvider = jakarta.mail.util.StreamProvider.class.getName();
        if (System.getProperty(streamProvider) == null) {
            System.setProperty(streamProvider, org.eclipse.angus.mail.util.MailStreamProvider.class.getName());
        }
    }

    private final JavaMailSender sender;
    private final AgencyProperties agency;

    public MailTransport(ObjectProvider<JavaMailSender> sender, AgencyProperties agency) {
        this.sender = sender.getIfAvailable();
        this.agency = agency;
    }

    /** Whether an SMTP server is configured; without one mails are only written to the log. */
    public boolean hasServer() {
        return sender != null;
    }

    /** Delivers the mail; returns how ({@value #SMTP} or {@value #LOG}). */
    public String deliver(Recipient to, RenderedMail mail) {
        if (sender == null) {
            LOG_OUTPUT.info("No SMTP server configured; mail to {} not sent: {}", to.email(), mail.subject());
            return LOG;
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(new InternetAddress(agency.mailFrom(), MailAddresses.oneLine(agency.name()), "UTF-8"));
            helper.setTo(new InternetAddress(to.email(), MailAddresses.oneLine(to.name()), "UTF-8"));
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            if (mail.calendar() != null) {
                helper.addAttachment("einladung.ics", new ByteArrayResource(mail.calendar()),
                        "text/calendar; method=REQUEST; charset=UTF-8");
            }
            for (MailAttachment file : mail.attachments()) {
                helper.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.contentType());
            }
            sender.send(message);
            return SMTP;
        } catch (MessagingException | UnsupportedEncodingException | MailException e) {
            throw new MailDeliveryException("SMTP: " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
