package de.klimaflow.network;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A member's place in the call for contributions to one network meeting: called, then (maybe) a proposal, then the
 * event team's decision. The personal link is kept as the hash of its token.
 */
@Entity
@Table(name = "contribution")
public class Contribution {

    /** Where a contribution stands. */
    public enum Status {
        CALLED,
        PROPOSED,
        ACCEPTED,
        DECLINED;

        /** Until the event team decides, the member may write or change the proposal. */
        boolean open() {
            return this == CALLED || this == PROPOSED;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long eventId;
    private @Nullable Long managerId;
    private String name;
    private String email;
    private String municipality;
    private @Nullable String tokenHash;
    private @Nullable Instant linkExpiresAt;
    private Instant calledAt;

    @Enumerated(EnumType.STRING)
    private Status status;

    private @Nullable String title;
    private @Nullable String summary;
    private @Nullable Instant proposedAt;
    private @Nullable Instant decidedAt;
    private @Nullable String decidedBy;
    private @Nullable String reason;
    private @Nullable Long agendaItemId;

    @Version
    private long version;

    protected Contribution() {}

    Contribution(long eventId, ClimateManager member, Instant at) {
        this.eventId = eventId;
        this.managerId = member.toEntry().id();
        this.name = member.getName();
        this.email = member.getEmail();
        this.municipality = member.toEntry().municipality();
        this.calledAt = at;
        this.status = Status.CALLED;
    }

    void newLink(String hash, Instant expiresAt) {
        this.tokenHash = hash;
        this.linkExpiresAt = expiresAt;
    }

    boolean opensAt(Instant now) {
        return status.open() && linkExpiresAt != null && now.isBefore(linkExpiresAt);
    }

    /** The proposal, new or changed; true when it is new (the review starts then). */
    boolean propose(String title, String summary, Instant at) {
        boolean first = status == Status.CALLED;
        this.title = title;
        this.summary = summary;
        this.proposedAt = at;
        this.status = Status.PROPOSED;
        return first;
    }

    void decide(boolean accepted, @Nullable String reason, String by, Instant at) {
        if (status != Status.PROPOSED) {
            throw new IllegalStateException("contribution " + id + " is " + status);
        }
        this.status = accepted ? Status.ACCEPTED : Status.DECLINED;
        this.reason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
        // the link has done its work
        this.tokenHash = null;
        this.linkExpiresAt = null;
    }

    void onAgenda(long itemId) {
        this.agendaItemId = itemId;
    }

    /** Erased on request: the decision and its date stay, the person and their text go. */
    void anonymise() {
        this.managerId = null;
        this.name = de.klimaflow.platform.Anonymised.MARKER;
        this.email = "anonymisiert-" + id + "@invalid";
        this.title = title == null ? null : de.klimaflow.platform.Anonymised.MARKER;
        this.summary = null;
        this.reason = null;
        this.tokenHash = null;
        this.linkExpiresAt = null;
    }

    Contributions.ContributionView toView() {
        return new Contributions.ContributionView(
                id, eventId, name, email, municipality, status, title, summary, proposedAt, reason);
    }

    public Long getId() {
        return id;
    }

    public long getEventId() {
        return eventId;
    }

    public String getEmail() {
        return email;
    }

    public Status getStatus() {
        return status;
    }
}
