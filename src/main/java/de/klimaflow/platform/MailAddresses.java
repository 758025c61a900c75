package de.klimaflow.platform;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Checks addresses before anything is sent, and keeps header values on one line. */
public final class MailAddresses {

    /** CR, LF and the other control characters: in a header they could start a new header line. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]+");

    /** The longest address SMTP takes (RFC 5321). */
    public static final int MAX_LENGTH = 254;

    /** The form addresses are compared in: trimmed, in lower case. */
    public static String key(String email) {
        return email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** A plain, deliverable-looking address: "name@domain.tld", nothing else. */
    public static boolean isValid(String email) {
        return problem(email) == null;
    }

    /** Why the address is not acceptable, or null when it is. */
    public static @Nullable String problem(@Nullable String email) {
        if (email == null || email.isBlank()) {
            return "leer";
        }
        if (email.length() > MAX_LENGTH) {
            return "länger als " + MAX_LENGTH + " Zeichen";
        }
        if (!email.equals(oneLine(email)) || email.contains(",") || email.contains("<") || email.contains(" ")) {
            return "enthält Leer-, Steuer- oder Trennzeichen";
        }
        try {
            InternetAddress address = new InternetAddress(email, true);
            address.validate();
            String domain = email.substring(email.lastIndexOf('@') + 1);
            if (!domain.contains(".") || domain.startsWith(".") || domain.endsWith(".")) {
                return "Domain ohne Punkt";
            }
            return null;
        } catch (AddressException e) {
            return String.valueOf(e.getMessage());
        }
    }

    /** The value with every line break and control character replaced by a space, trimmed. */
    public static String oneLine(String value) {
        return CONTROL.matcher(value).replaceAll(" ").strip();
    }

    private MailAddresses() {}

    /** The text with every occurrence of the address replaced, for messages that go to logs and Cockpit. */
    public static String hide(String text, String address) {
        return address.isBlank()
                ? text
                : Pattern.compile(Pattern.quote(address.strip()), Pattern.CASE_INSENSITIVE)
                        .matcher(text)
                        .replaceAll("<Empfänger>");
    }
}
