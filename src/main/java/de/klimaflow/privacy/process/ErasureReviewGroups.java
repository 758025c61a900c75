package de.klimaflow.privacy.process;

import java.util.List;

import org.springframework.stereotype.Component;

import de.klimaflow.privacy.ErasureRequests;

/**
 * The review tasks' collection ({@code ${erasureReviews.groups(execution.processBusinessKey)}}): the groups still to
 * answer, read from the request rather than held in a process variable.
 */
@Component(PrivacyRequestProcess.BEAN_REVIEWS)
public class ErasureReviewGroups {

    private final ErasureRequests requests;

    ErasureReviewGroups(ErasureRequests requests) {
        this.requests = requests;
    }

    public List<String> groups(String businessKey) {
        return requests.openReviews(Long.parseLong(businessKey));
    }
}
