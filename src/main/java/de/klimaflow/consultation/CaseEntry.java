package de.klimaflow.consultation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One dated line of a case's timeline. */
@Entity
@Table(name = "case_entry")
class CaseEntry {

    /** What happened. */
    enum Kind {
        RECEIVED, STEP, CALL, NOTE, MAIL, DOCUMENT, DECISION, WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    private Instant at;
    @Column(name = "by_user")
    private String by;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String text;

    protected CaseEntry() {
    }

    CaseEntry(long caseId, Instant at, String by, Kind kind, String text) {
        this.caseId = caseId;
        this.at = at;
        this.by = by;
        this.kind = kind;
        this.text = text.length() <= 4000 ? text : text.substring(0, 3999) + "…";
    }

    ConsultationService.TimelineEntry toView() {
        return new ConsultationService.TimelineEntry(at, by, kind.name(), text);
    }
}
