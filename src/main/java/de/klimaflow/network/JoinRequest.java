package de.klimaflow.network;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A climate-protection manager without an invitation asks to join the network. */
@Entity
@Table(name = "network_join_request")
class JoinRequest {

    static final String ANONYMISED = de.klimaflow.platform.Anonymised.MARKER;

    enum Status {
        OPEN,
        ACCEPTED,
        DECLINED,
        /** a second request of a member's or of an open request's address; its data is gone once its mail is out */
        DUPLICATE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String email;
    private String municipality;
    private LocalDate since;
    private @Nullable String message;
    private boolean publicListing;
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    private Status status;

    private @Nullable String decidedBy;
    private @Nullable Instant decidedAt;
    private @Nullable String declineReason;

    protected JoinRequest() {}

    JoinRequest(NetworkJoin.NewJoinRequest request, Instant now) {
        this.name = request.name().strip();
        this.email = request.email().strip();
        this.municipality = request.municipality().strip();
        this.since = request.since();
        this.message = request.message() == null || request.message().isBlank()
                ? null
                : request.message().strip();
        this.publicListing = request.publicListing();
        this.receivedAt = now;
        this.status = Status.OPEN;
    }

    void decide(boolean accepted, @Nullable String reason, String by, Instant now) {
        if (status != Status.OPEN) {
            throw new IllegalStateException("join request " + id + " is decided already");
        }
        this.status = accepted ? Status.ACCEPTED : Status.DECLINED;
        this.declineReason = accepted ? null : reason;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    /** Closed as a second request of a known address: nothing of the person stays. */
    void closeAsDuplicate() {
        status = Status.DUPLICATE;
        anonymise();
    }

    /** Erasure on request: nothing of the person stays; that a request came, when, and how it was decided stay. */
    void anonymise() {
        name = ANONYMISED;
        email = "anonymisiert-" + id + "@anonymisiert.invalid";
        municipality = ANONYMISED;
        message = null;
        declineReason = null;
        publicListing = false;
    }

    NetworkJoin.JoinRequestView toView() {
        return new NetworkJoin.JoinRequestView(
                id, name, email, municipality, since, message, publicListing, receivedAt, status.name(), declineReason);
    }
}
