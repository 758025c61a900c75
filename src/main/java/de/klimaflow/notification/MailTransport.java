package de.klimaflow.notification;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import de.klimaflow.platform.AgencyProperties;
import de.klimaflow.platform.MailAddresses;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Hands a rendered mail to the SMTP server configured with {@code spring.mail.*}. Without one (the
 * embedded default) it only logs the mail; its full text stays readable on the Outbox page. Connections stay
 * open between mails ({@link SmtpConnections}).
 */
@Component
public class MailTransport implements DisposableBean {

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

    private final @Nullable JavaMailSender sender;
    private final @Nullable SmtpConnections connections;
    private final AgencyProperties agency;

    public MailTransport(ObjectProvider<JavaMailSender> sender, AgencyProperties agency) {
        this.sender = sender.getIfAvailable();
        this.connections =
                this.sender instanceof JavaMailSenderImpl configured ? new SmtpConnections(configured) : null;
        this.agency = agency;
    }

    /** Whether an SMTP server is configured; without one mails are only written to the log. */
    public boolean hasServer() {
        return sender != null;
    }

    /**
     * Delivers the mail with the Message-ID {@code <messageKey@domain of the sender address>}; returns how
     * ({@value #SMTP} or {@value #LOG}).
     */
    public String deliver(Recipient to, RenderedMail mail, String messageKey, MailEnvelopes.Envelope envelope) {
        if (sender == null) {
            LOG_OUTPUT.info("No SMTP server configured; mail {} not sent, its text is in the outbox", messageKey);
            return LOG;
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(new InternetAddress(agency.mailFrom(), MailAddresses.oneLine(agency.name()), "UTF-8"));
            helper.setTo(new InternetAddress(to.email(), MailAddresses.oneLine(to.name()), "UTF-8"));
            helper.setSubject(mail.subject());
            message.setHeader("Message-ID", "<" + messageKey + "@" + domainOf(agency.mailFrom()) + ">");
            message.setHeader("Auto-Submitted", "auto-generated");
            if (envelope.replyTo() != null) {
                helper.setReplyTo(envelope.replyTo());
            }
            if (envelope.listUnsubscribe() != null) {
                message.setHeader("List-Unsubscribe", envelope.listUnsubscribe());
            }
            helper.setText(mail.text(), mail.html());
            byte[] calendar = mail.calendar();
            if (calendar != null) {
                boolean cancel = CalendarFiles.isCancellation(calendar);
                helper.addAttachment(
                        cancel ? "absage.ics" : "einladung.ics",
                        new ByteArrayResource(calendar),
                        "text/calendar; method=" + (cancel ? "CANCEL" : "REQUEST") + "; charset=UTF-8");
            }
            for (MailAttachment file : mail.attachments()) {
                helper.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.contentType());
                if (!file.contentType().startsWith("text/")) {
                    // a file travels byte for byte: an ASCII-only PDF would otherwise go as 7bit and arrive with CRLF
                    jakarta.mail.internet.MimeMultipart root = helper.getRootMimeMultipart();
                    root.getBodyPart(root.getCount() - 1).setHeader("Content-Transfer-Encoding", "base64");
                }
            }
            if (connections == null) {
                sender.send(message);
            } else {
                connections.send(message);
            }
            return SMTP;
        } catch (MessagingException | UnsupportedEncodingException | MailException e) {
            throw new MailDeliveryException("SMTP: " + rootMessage(e), e);
        }
    }

    @Override
    public void destroy() {
        if (connections != null) {
            connections.closeAll();
        }
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 || at == address.length() - 1 ? "klimaflow.invalid" : address.substring(at + 1);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /**
     * Open SMTP connections, kept between mails. A new connection per mail (what {@link JavaMailSender#send}
     * does) capped a mail-out at about 120 mails/s against a local server, on connection set-up alone; with
     * kept connections each job thread sends over its own. A kept connection is checked with NOOP before
     * each use, so one the server closed meanwhile (idle timeout, restart) is replaced, not failed on. A
     * connection that failed during a send is closed: its state is unknown.
     */
    private static final class SmtpConnections {

        /** About one per job thread; more stay open only while more threads send at once. */
        private static final int MAX_IDLE = 8;

        private final JavaMailSenderImpl settings;
        private final BlockingDeque<Transport> idle = new LinkedBlockingDeque<>(MAX_IDLE);

        SmtpConnections(JavaMailSenderImpl settings) {
            this.settings = settings;
        }

        void send(MimeMessage message) throws MessagingException {
            // what JavaMailSender#send does before the transport gets the message
            if (message.getSentDate() == null) {
                message.setSentDate(new Date());
            }
            String messageId = message.getMessageID();
            message.saveChanges(); // makes up a new Message-ID; ours stays
            if (messageId != null) {
                message.setHeader("Message-ID", messageId);
            }
            Address[] recipients = message.getAllRecipients();
            Transport transport = borrow();
            try {
                transport.sendMessage(message, recipients == null ? new Address[0] : recipients);
            } catch (MessagingException | RuntimeException e) {
                close(transport);
                throw e;
            }
            if (!idle.offerFirst(transport)) {
                close(transport);
            }
        }

        private Transport borrow() throws MessagingException {
            for (Transport kept = idle.pollFirst(); kept != null; kept = idle.pollFirst()) {
                if (kept.isConnected()) {
                    return kept;
                }
                close(kept);
            }
            Transport transport = settings.getSession().getTransport(settings.getProtocol());
            transport.connect(
                    settings.getHost(),
                    settings.getPort(),
                    emptyAsNull(settings.getUsername()),
                    emptyAsNull(settings.getPassword()));
            return transport;
        }

        void closeAll() {
            for (Transport kept = idle.pollFirst(); kept != null; kept = idle.pollFirst()) {
                close(kept);
            }
        }

        private static void close(Transport transport) {
            try {
                transport.close();
            } catch (MessagingException | RuntimeException e) {
                LOG_OUTPUT.debug("Closing an SMTP connection failed: {}", e.getMessage());
            }
        }

        private static @Nullable String emptyAsNull(@Nullable String value) {
            return value == null || value.isEmpty() ? null : value;
        }
    }
}
