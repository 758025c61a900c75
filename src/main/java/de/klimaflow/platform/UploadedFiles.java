package de.klimaflow.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.jspecify.annotations.Nullable;

/**
 * What every upload needs before a feature stores it: the bytes read only as far as the limit, the type judged by the
 * bytes (never by the name), and a name without paths, control or markup characters.
 */
public final class UploadedFiles {

    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    /** Why a file was refused; the i18n key says it to the user. */
    public static class Refused extends RuntimeException {
        private final String messageKey;

        public Refused(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private UploadedFiles() {}

    /**
     * At most {@code maxBytes} and one more are read, whatever a client sends and whatever it announces, before the
     * file is refused as too large. Callers read before they open a transaction, so a slow client holds none.
     */
    public static byte[] readWithinLimit(InputStream content, int maxBytes, String tooLargeKey) throws IOException {
        byte[] bytes = content.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new Refused(tooLargeKey);
        }
        return bytes;
    }

    public static boolean isPdf(byte[] content) {
        return startsWith(content, PDF_HEADER);
    }

    public static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * "../../etc/passwd\u0000.pdf" becomes "passwd.pdf": no path, no control or markup characters, at most 150
     * characters before the extension of the type the bytes showed.
     */
    public static String cleanName(@Nullable String fileName, String extension, String fallback) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}<>:\"|?*\\u202E\\u200B]", "");
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).replaceAll("^[.\\s]+|[.\\s]+$", "");
        if (base.isEmpty()) {
            base = fallback;
        }
        if (base.length() > 150) {
            base = base.substring(0, 150);
        }
        return base + "." + extension;
    }
}
