package de.klimaflow.network;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import de.klimaflow.privacy.AnonymisingRetention;

/**
 * A declined join request is kept {@code klimaflow.privacy.retention.declined-join-requests} (90 days) after its
 * decision, for questions about it; then it is anonymised. An accepted one lives on as the directory entry.
 */
@Component
class DeclinedJoinRequestRetention extends AnonymisingRetention<JoinRequest> {

    private final JoinRequestRepository requests;
    private final Duration keep;

    DeclinedJoinRequestRetention(
            JoinRequestRepository requests,
            @Value("${klimaflow.privacy.retention.declined-join-requests:P90D}") Duration keep) {
        this.requests = requests;
        this.keep = keep;
    }

    @Override
    public String category() {
        return NetworkPersonalData.JOIN_REQUESTS;
    }

    @Override
    protected void anonymise(JoinRequest request) {
        request.anonymise();
    }

    @Override
    protected List<JoinRequest> dueAt(Instant now) {
        return requests.findByStatusAndDecidedAtBeforeAndNameNot(
                JoinRequest.Status.DECLINED, now.minus(keep), JoinRequest.ANONYMISED);
    }
}
