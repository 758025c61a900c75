package de.klimaflow.platform;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A PDF as a web answer, under a name that survives umlauts, and never sniffed as anything else. */
public final class PdfResponses {

    private PdfResponses() {}

    /** Opened in the browser's viewer (slides). */
    public static ResponseEntity<byte[]> inline(String fileName, byte[] content) {
        return answer(ContentDisposition.inline(), fileName, content);
    }

    /** Saved as a file (a certificate). */
    public static ResponseEntity<byte[]> download(String fileName, byte[] content) {
        return answer(ContentDisposition.attachment(), fileName, content);
    }

    private static ResponseEntity<byte[]> answer(ContentDisposition.Builder disposition, String name, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        disposition
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}
