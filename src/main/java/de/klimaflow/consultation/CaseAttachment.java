package de.klimaflow.consultation;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A document of a case, e.g. the draft application; its type was checked by its content. */
@Entity
@Table(name = "case_attachment")
class CaseAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long caseId;
    private String fileName;
    private String contentType;
    private int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    private Instant uploadedAt;
    private String uploadedBy;

    protected CaseAttachment() {}

    CaseAttachment(
            long caseId, String fileName, String contentType, byte[] content, Instant uploadedAt, String uploadedBy) {
        this.caseId = caseId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    long getCaseId() {
        return caseId;
    }

    byte[] getContent() {
        return content;
    }

    String getFileName() {
        return fileName;
    }

    String getContentType() {
        return contentType;
    }

    CaseDocuments.Document toView() {
        return new CaseDocuments.Document(id, fileName, contentType, sizeBytes, uploadedAt, uploadedBy);
    }
}
