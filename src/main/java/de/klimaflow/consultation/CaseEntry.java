package de.klimaflow.consultation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

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
        RECEIVED,
        STEP,
        CALL,
        NOTE,
        MAIL,
        DOCUMENT,
        DECISION,
        WITHDRAWN,
        INTRODUCTION
    }

    /** The unit separator: no one types it, and the log converter would show it as "?" if anyone did. */
    private static final String ARG_SEPARATOR = "\u001F";

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
    private @Nullable String messageKey;
    private @Nullable String messageArgs;
    private @Nullable String note;

    protected CaseEntry() {}

    /** Free text as it was written (a note, a call, a document's name). */
    CaseEntry(long caseId, Instant at, String by, Kind kind, String text) {
        this.caseId = caseId;
        this.at = at;
        this.by = by;
        this.kind = kind;
        this.text = fit(text);
    }

    /** A step: its message in German as {@code text}, and key, arguments and note to say it in another language. */
    CaseEntry(long caseId, Instant at, String by, Kind kind, TimelineMessage message, String german) {
        this(caseId, at, by, kind, german);
        this.messageKey = message.key();
        this.messageArgs = fit(String.join(ARG_SEPARATOR, message.args()));
        this.note = message.note().isEmpty() ? null : fit(message.note());
    }

    /** Whether people wrote it (the question, a call, a note), so it may hold personal data of whoever is concerned. */
    boolean isWrittenByPeople() {
        return kind == Kind.RECEIVED || kind == Kind.CALL || kind == Kind.NOTE;
    }

    /** Erasure on request: a text people wrote goes; that there was an entry, and when, stays. */
    void erase() {
        text = ConsultationCase.ANONYMISED;
        note = null;
    }

    Kind getKind() {
        return kind;
    }

    Instant getAt() {
        return at;
    }

    /** The entry as it was written, or its message again when it has one (then in whoever's language renders it). */
    Optional<TimelineMessage> message() {
        return messageKey == null
                ? Optional.empty()
                : Optional.of(new TimelineMessage(
                        messageKey,
                        messageArgs == null || messageArgs.isEmpty()
                                ? List.of()
                                : List.of(messageArgs.split(ARG_SEPARATOR, -1)),
                        note == null ? "" : note));
    }

    ConsultationService.TimelineEntry toView(String text) {
        return new ConsultationService.TimelineEntry(at, by, kind.name(), text);
    }

    String getText() {
        return text;
    }

    private static String fit(String text) {
        return text.length() <= 4000 ? text : text.substring(0, 3999) + "…";
    }
}
