package de.klimaflow.privacy;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One group's answer to an erasure request that touches its work: confirmed, or refused with the reason the law gives
 * for keeping the data (for example a running funding application). Open while {@code confirmed} is null.
 */
@Entity
@Table(name = "erasure_review")
class ErasureReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long requestId;
    private String groupId;
    private @Nullable String decision;
    private @Nullable String reason;
    private @Nullable String decidedBy;
    private @Nullable Instant decidedAt;

    protected ErasureReview() {}

    ErasureReview(long requestId, String groupId) {
        this.requestId = requestId;
        this.groupId = groupId;
    }

    void decide(boolean confirmed, @Nullable String reason, String by, Instant at) {
        this.decision = confirmed ? ErasureRequests.CONFIRMED : ErasureRequests.REFUSED;
        this.reason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    boolean isOpen() {
        return decision == null;
    }

    boolean isRefused() {
        return ErasureRequests.REFUSED.equals(decision);
    }

    Long getRequestId() {
        return requestId;
    }

    String getGroupId() {
        return groupId;
    }

    @Nullable
    String getDecision() {
        return decision;
    }

    @Nullable
    String getReason() {
        return reason;
    }

    @Nullable
    String getDecidedBy() {
        return decidedBy;
    }

    @Nullable
    Instant getDecidedAt() {
        return decidedAt;
    }
}
