package de.klimaflow.consultation;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A municipality's experience in setting up its position, as a PDF with a title and topics, for the advisors. */
@Entity
@Table(name = "experience_report")
class ExperienceReport implements ExperienceReportRepository.Row {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;
    private String municipality;
    /** the topics, one per line */
    private String topics;

    private String fileName;
    private int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    private Instant uploadedAt;
    private String uploadedBy;

    protected ExperienceReport() {}

    ExperienceReport(
            String title,
            String municipality,
            List<String> topics,
            String fileName,
            byte[] content,
            Instant at,
            String by) {
        this.title = title;
        this.municipality = municipality;
        this.topics = String.join("\n", topics);
        this.fileName = fileName;
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedAt = at;
        this.uploadedBy = by;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getTitle() {
        return title;
    }

    @Override
    public String getMunicipality() {
        return municipality;
    }

    @Override
    public String getTopics() {
        return topics;
    }

    @Override
    public String getFileName() {
        return fileName;
    }

    @Override
    public int getSizeBytes() {
        return sizeBytes;
    }

    @Override
    public Instant getUploadedAt() {
        return uploadedAt;
    }

    byte[] getContent() {
        return content;
    }
}
