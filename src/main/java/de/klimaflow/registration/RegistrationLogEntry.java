package de.klimaflow.registration;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a registration's audit trail. */
@Entity
@Table(name = "registration_log")
public class RegistrationLogEntry {

    /** What happened to the registration. */
    public enum Kind {
        RECEIVED,
        ADDRESS_CONFIRMED,
        ENTERED_BY_STAFF,
        SEATED,
        WAITLISTED,
        IN_REVIEW,
        PROMOTED,
        MOVED_TO_WAITLIST,
        MOVED_TO_SEAT,
        MOVED_TO_SESSION,
        PARTS_CHANGED,
        REJECTED,
        CANCELLED,
        EXPIRED,
        ERASED,
        CHECKED_IN,
        CHECK_IN_UNDONE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long registrationId;
    private Instant at;
    private @Nullable String actor;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private @Nullable String detail;

    protected RegistrationLogEntry() {}

    RegistrationLogEntry(long registrationId, Instant at, @Nullable String actor, Kind kind, @Nullable String detail) {
        this.registrationId = registrationId;
        this.at = at;
        this.actor = actor;
        this.kind = kind;
        this.detail = detail;
    }

    /** Erasure on request: a reason typed by staff may name the person, so it goes; what happened and when stay. */
    void eraseDetail() {
        detail = null;
    }

    public Instant at() {
        return at;
    }

    /** The staff member; empty when the person or the process acted. */
    public @Nullable String actor() {
        return actor;
    }

    public Kind kind() {
        return kind;
    }

    public @Nullable String detail() {
        return detail;
    }
}
