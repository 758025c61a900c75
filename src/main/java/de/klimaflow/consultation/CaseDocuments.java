package de.klimaflow.consultation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.security.CurrentUser;

/**
 * Documents of a case: PDF, DOCX, XLSX or ODT only, at most 10 MB each. The type is decided by the bytes
 * (the PDF header, or the parts inside the ZIP container of the office formats), never by the file's
 * name, and an office file is judged by its ZIP directory alone ({@link OfficeZip}), never unpacked; the stored name is cleaned of paths and control characters and gets the extension of its type.
 */
@Service
@Transactional
public class CaseDocuments {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** A stored document as lists show it. */
    public record Document(
            long id, String fileName, String contentType, int sizeBytes, Instant uploadedAt, String uploadedBy) {}

    /** Why a file was refused; the i18n key says it to the user. */
    public static class Refused extends RuntimeException {
        private final String messageKey;

        Refused(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    enum Type {
        PDF("application/pdf", "pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        ODT("application/vnd.oasis.opendocument.text", "odt");

        final String contentType;
        final String extension;

        Type(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }

    private final CaseAttachmentRepository attachments;
    private final ConsultationService cases;
    private final CurrentUser currentUser;
    private final Clock clock;

    CaseDocuments(
            CaseAttachmentRepository attachments, ConsultationService cases, CurrentUser currentUser, Clock clock) {
        this.attachments = attachments;
        this.cases = cases;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * An upload's bytes, read only as far as the limit: whatever a client sends and whatever it announces, at most
     * {@value #MAX_BYTES} bytes and one more are read before the file is refused as too large. Static, so that the
     * reading holds no transaction while a slow client sends.
     */
    public static byte[] readWithinLimit(InputStream content) throws IOException {
        byte[] bytes = content.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new Refused("case.document.tooLarge");
        }
        return bytes;
    }

    /** Stores the file on the case and notes it on the timeline; refuses empty, too large or other files. */
    public Document upload(long caseId, String fileName, byte[] content) {
        if (content.length == 0) {
            throw new Refused("case.document.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new Refused("case.document.tooLarge");
        }
        Type type = typeOf(content).orElseThrow(() -> new Refused("case.document.type"));
        String name = cleanName(fileName, type);
        cases.requireCase(caseId);
        Document stored = attachments
                .save(new CaseAttachment(
                        caseId, name, type.contentType, content, clock.instant(), currentUser.requireId()))
                .toView();
        cases.note(caseId, CaseEntry.Kind.DOCUMENT, name);
        return stored;
    }

    @Transactional(readOnly = true)
    public List<Document> documents(long caseId) {
        return attachments.findByCaseIdOrderByUploadedAtAsc(caseId).stream()
                .map(CaseAttachment::toView)
                .toList();
    }

    /** The file's bytes, if it belongs to the case. */
    @Transactional(readOnly = true)
    public Optional<byte[]> content(long caseId, long documentId) {
        return attachments
                .findById(documentId)
                .filter(a -> a.getCaseId() == caseId)
                .map(CaseAttachment::getContent);
    }

    static Optional<Type> typeOf(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(Type.PDF);
        }
        if (!startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            return Optional.empty();
        }
        Optional<OfficeZip> zip = OfficeZip.read(content);
        if (zip.isEmpty()) {
            return Optional.empty();
        }
        OfficeZip parts = zip.get();
        if (parts.contains("[Content_Types].xml") && parts.contains("word/document.xml")) {
            return Optional.of(Type.DOCX);
        }
        if (parts.contains("[Content_Types].xml") && parts.contains("xl/workbook.xml")) {
            return Optional.of(Type.XLSX);
        }
        if (parts.contains("content.xml")
                && parts.head("mimetype", 100)
                        .map(String::strip)
                        .filter(Type.ODT.contentType::equals)
                        .isPresent()) {
            return Optional.of(Type.ODT);
        }
        return Optional.empty();
    }

    /** "../../etc/passwd\u0000.pdf" becomes "passwd.pdf": no path, no control or markup characters, the right extension. */
    static String cleanName(String fileName, Type type) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}<>:\"|?*\\u202E\\u200B]", "");
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).replaceAll("^[.\\s]+|[.\\s]+$", "");
        if (base.isEmpty()) {
            base = "dokument";
        }
        if (base.length() > 150) {
            base = base.substring(0, 150);
        }
        return base + "." + type.extension;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
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
}
