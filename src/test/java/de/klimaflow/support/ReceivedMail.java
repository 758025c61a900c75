package de.klimaflow.support;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/** Reads mails as GreenMail received them. */
public final class ReceivedMail {

    /** The decoded plain-text alternative. */
    public static String text(MimeMessage message) throws Exception {
        return find((Multipart) message.getContent(), "text/plain");
    }

    /** The decoded HTML alternative. */
    public static String html(MimeMessage message) throws Exception {
        return find((Multipart) message.getContent(), "text/html");
    }

    /** The plain text of the first of these mails that went to the address. */
    public static String textTo(MimeMessage[] messages, String address) throws Exception {
        for (MimeMessage message : messages) {
            if (((jakarta.mail.internet.InternetAddress) message.getAllRecipients()[0])
                    .getAddress()
                    .equals(address)) {
                return text(message);
            }
        }
        throw new AssertionError("no mail to " + address);
    }

    /** The attached file of this name, decoded as UTF-8 text; null when the mail has none. */
    public static String attachment(MimeMessage message, String fileName) throws Exception {
        byte[] content = attachmentBytes(message, fileName);
        return content == null ? null : new String(content, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The attached file of this name as it was sent (a PDF, say); null when the mail has none. */
    public static byte[] attachmentBytes(MimeMessage message, String fileName) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (fileName.equals(part.getFileName())) {
                try (java.io.InputStream in = part.getInputStream()) {
                    return in.readAllBytes();
                }
            }
        }
        return null;
    }

    private static String find(Multipart multipart, String type) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart nested) {
                String found = find(nested, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private ReceivedMail() {}
}
