package de.klimaflow.network;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.security.CurrentUser;

/** "Join the network" requests: stored, checked by an advisor, and once accepted a directory entry with an invitation. */
@Service
@Transactional
public class NetworkJoin {

    /** What the public form hands over, checked by the portal. */
    public record NewJoinRequest(
            String name,
            String email,
            String municipality,
            LocalDate since,
            @Nullable String message,
            boolean publicListing) {}

    /** A request as the review form shows it. */
    public record JoinRequestView(
            long id,
            String name,
            String email,
            String municipality,
            LocalDate since,
            @Nullable String message,
            boolean publicListing,
            Instant receivedAt,
            String status,
            @Nullable String declineReason) {

        public String label() {
            return "#" + id + " · " + name + " (" + municipality + ")";
        }
    }

    /** Whether a request's address is known already: as a member, or by a request still open. */
    public enum KnownAddress {
        NONE,
        MEMBER,
        OPEN_REQUEST
    }

    private final JoinRequestRepository requests;
    private final ClimateManagerRepository managers;
    private final NetworkDirectory directory;
    private final ApplicationEventPublisher publisher;
    private final CurrentUser currentUser;
    private final Clock clock;

    NetworkJoin(
            JoinRequestRepository requests,
            ClimateManagerRepository managers,
            NetworkDirectory directory,
            ApplicationEventPublisher publisher,
            CurrentUser currentUser,
            Clock clock) {
        this.requests = requests;
        this.managers = managers;
        this.directory = directory;
        this.publisher = publisher;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Stores the request and starts its process, whatever the address: the answer must not tell whether it belongs to a
     * member. The process finds a known address ({@link #knownAddress}) and tells its owner by mail instead of a review.
     */
    public void request(NewJoinRequest request) {
        long id = requests.save(new JoinRequest(request, clock.instant()))
                .toView()
                .id();
        publisher.publishEvent(new JoinRequested(id));
    }

    /** Whether the request's address belongs to a member, or to another request still open. */
    @Transactional(readOnly = true)
    public KnownAddress knownAddress(long id) {
        String email = find(id).orElseThrow().email();
        if (managers.findByEmailIgnoreCase(email)
                .filter(ClimateManager::isNetworkMember)
                .isPresent()) {
            return KnownAddress.MEMBER;
        }
        return requests.countByEmailIgnoreCaseAndStatusAndIdNot(email, JoinRequest.Status.OPEN, id) > 0
                ? KnownAddress.OPEN_REQUEST
                : KnownAddress.NONE;
    }

    /** A second request of a known address, once its owner is told: its personal data goes. */
    public void closeAsDuplicate(long id) {
        requests.findById(id).orElseThrow().closeAsDuplicate();
    }

    @Transactional(readOnly = true)
    public Optional<JoinRequestView> find(long id) {
        return requests.findById(id).map(JoinRequest::toView);
    }

    public static final int MAX_REASON = 1000;

    /**
     * The advisor's decision; the process takes an accepted request into the directory. A decline needs the reason the
     * person is told by mail.
     */
    public void decide(long id, boolean accepted, @Nullable String reason) {
        String why = reason == null ? "" : reason.strip();
        if (!accepted && (why.isEmpty() || why.length() > MAX_REASON)) {
            throw new IllegalArgumentException("a decline needs a reason of 1 to " + MAX_REASON + " characters");
        }
        requests.findById(id)
                .orElseThrow()
                .decide(accepted, why.isEmpty() ? null : why, currentUser.requireId(), clock.instant());
    }

    /**
     * An accepted request becomes a directory entry and network member, invited to the next meeting. The entry holds
     * the person from then on; the request keeps only that it came and was accepted.
     */
    public void welcome(long id) {
        JoinRequest request = requests.findById(id).orElseThrow();
        JoinRequestView view = request.toView();
        directory.enter(
                view.name(), view.email(), null, view.municipality(), view.since(), null, view.publicListing(), null);
        request.anonymise();
    }

    @Transactional(readOnly = true)
    public Map<Long, String> labels(Collection<Long> ids) {
        return requests.findAllById(ids).stream()
                .map(JoinRequest::toView)
                .collect(Collectors.toMap(JoinRequestView::id, JoinRequestView::label));
    }
}
