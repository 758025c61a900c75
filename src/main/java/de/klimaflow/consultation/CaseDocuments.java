package de.klimaflow.consultation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.platform.UploadedFiles;
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

    /** Stores the file on the case and notes it on the timeline; refuses empty, too large or other files. */
    public Document upload(long caseId, String fileName, byte[] content) {
        if (content.length == 0) {
            throw new UploadedFiles.Refused("case.document.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new UploadedFiles.Refused("case.document.tooLarge");
        }
        Type type = typeOf(content).orElseThrow(() -> new UploadedFiles.Refused("case.document.type"));
        String name = UploadedFiles.cleanName(fileName, type.extension, "dokument");
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
        if (UploadedFiles.isPdf(content)) {
            return Optional.of(Type.PDF);
        }
        if (!UploadedFiles.startsWith(content, new byte[] {'P', 'K', 3, 4})) {
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
}
