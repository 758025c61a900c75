package de.klimaflow.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * A data subject's request for erasure (GDPR Art. 17), handled by privacy-request.bpmn. The address is held only while
 * the request runs: once the reply is out it is blanked, and the keyed HMAC shows which address the request was about
 * when someone names it.
 */
@Entity
@Table(name = "erasure_request")
class ErasureRequest {

    /** Where the request stands. */
    enum State {
        /** groups are still confirming or refusing */
        IN_REVIEW,
        /** what the groups confirmed is erased; the reply is being sent */
        ERASED,
        /** the reply went out and the address is gone */
        ANSWERED
    }

    /** What the erasure did to one kind of data, for the reply. */
    @Embeddable
    record Outcome(String category, int erased, String kept) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private @Nullable String address;
    private String addressHash;
    private String language;
    private LocalDate receivedOn;
    private Instant deadline;
    private String filedBy;
    private Instant filedAt;

    @Enumerated(EnumType.STRING)
    private State state;

    private @Nullable Instant answeredAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "erasure_outcome", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    private List<Outcome> outcome = new ArrayList<>();

    protected ErasureRequest() {}

    ErasureRequest(
            String address,
            String addressHash,
            Locale language,
            LocalDate receivedOn,
            Instant deadline,
            String filedBy,
            Instant filedAt) {
        this.address = address;
        this.addressHash = addressHash;
        this.language = language.getLanguage();
        this.receivedOn = receivedOn;
        this.deadline = deadline;
        this.filedBy = filedBy;
        this.filedAt = filedAt;
        this.state = State.IN_REVIEW;
    }

    void erased(List<Outcome> done) {
        outcome.clear();
        outcome.addAll(done);
        state = State.ERASED;
    }

    void answered(Instant at) {
        address = null;
        answeredAt = at;
        state = State.ANSWERED;
    }

    Long getId() {
        return id;
    }

    @Nullable
    String getAddress() {
        return address;
    }

    String getAddressHash() {
        return addressHash;
    }

    Locale getLanguage() {
        return Locale.forLanguageTag(language);
    }

    LocalDate getReceivedOn() {
        return receivedOn;
    }

    Instant getDeadline() {
        return deadline;
    }

    String getFiledBy() {
        return filedBy;
    }

    State getState() {
        return state;
    }

    @Nullable
    Instant getAnsweredAt() {
        return answeredAt;
    }

    List<Outcome> getOutcome() {
        return List.copyOf(outcome);
    }
}
