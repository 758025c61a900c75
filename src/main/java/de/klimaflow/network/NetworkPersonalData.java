package de.klimaflow.network;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.platform.Formats;
import de.klimaflow.privacy.Erased;
import de.klimaflow.privacy.HeldData;
import de.klimaflow.privacy.PersonalDataHolder;
import de.klimaflow.security.Groups;

/**
 * The network's part of a data subject's request: requests to join (the advisors review them), the entry in the
 * managers' directory, and proposals for network meetings (the event team's; a speaker on the agenda is the events'
 * feature's). Erasure anonymises the requests (that one came, and its decision, stay) and takes the entry
 * out of the directory and its public page.
 */
@Component
@Transactional
class NetworkPersonalData implements PersonalDataHolder {

    static final String JOIN_REQUESTS = "privacy.category.joinRequests";
    static final String DIRECTORY = "privacy.category.directory";
    static final String CONTRIBUTIONS = "privacy.category.contributions";

    private final JoinRequestRepository requests;
    private final ClimateManagerRepository managers;
    private final ContributionRepository contributions;

    NetworkPersonalData(
            JoinRequestRepository requests, ClimateManagerRepository managers, ContributionRepository contributions) {
        this.requests = requests;
        this.managers = managers;
        this.contributions = contributions;
    }

    @Override
    public List<String> categories() {
        return List.of(JOIN_REQUESTS, DIRECTORY, CONTRIBUTIONS);
    }

    @Override
    public List<HeldData> find(String address) {
        List<HeldData.Item> asked = requests.findByEmailIgnoreCaseOrderByReceivedAtAsc(address.strip()).stream()
                .map(JoinRequest::toView)
                .map(request -> new HeldData.Item(
                        request.municipality(),
                        List.of(
                                new HeldData.Field("privacy.field.name", request.name()),
                                new HeldData.Field("privacy.field.email", request.email()),
                                new HeldData.Field("privacy.field.question", request.message()),
                                HeldData.Field.coded("privacy.field.status", "join.status." + request.status()),
                                new HeldData.Field("privacy.field.createdAt", Formats.dateTime(request.receivedAt())))))
                .toList();
        List<HeldData.Item> listed = managers.findByEmailIgnoreCase(address.strip())
                .map(ClimateManager::toEntry)
                .map(entry -> List.of(new HeldData.Item(
                        entry.municipality(),
                        List.of(
                                new HeldData.Field("privacy.field.name", entry.name()),
                                new HeldData.Field("privacy.field.email", entry.email()),
                                HeldData.Field.coded(
                                        "privacy.field.listing",
                                        entry.publicListing() ? "privacy.listing.public" : "privacy.listing.internal"),
                                new HeldData.Field(
                                        "privacy.field.contactConsent",
                                        entry.contactConsentAt() == null
                                                ? "-"
                                                : Formats.dateTime(entry.contactConsentAt()))))))
                .orElse(List.of());
        List<HeldData.Item> proposed = contributions.findByEmailIgnoreCaseOrderByIdAsc(address.strip()).stream()
                .map(Contribution::toView)
                .map(contribution -> new HeldData.Item(
                        contribution.title() == null ? contribution.municipality() : contribution.title(),
                        List.of(
                                new HeldData.Field("privacy.field.name", contribution.name()),
                                new HeldData.Field("privacy.field.email", contribution.email()),
                                new HeldData.Field("privacy.field.question", contribution.summary()),
                                HeldData.Field.coded(
                                        "privacy.field.status", "contribution.status." + contribution.status()))))
                .toList();
        return List.of(
                new HeldData(JOIN_REQUESTS, JOIN_REQUESTS, Set.of(Groups.ADVISORS), asked),
                new HeldData(DIRECTORY, DIRECTORY, Set.of(Groups.ADVISORS), listed),
                new HeldData(CONTRIBUTIONS, CONTRIBUTIONS, Set.of(Groups.EVENT_TEAM), proposed));
    }

    @Override
    public Erased erase(String address, String scope) {
        if (DIRECTORY.equals(scope)) {
            var entry = managers.findByEmailIgnoreCase(address.strip());
            entry.ifPresent(managers::delete);
            return new Erased(DIRECTORY, entry.isPresent() ? 1 : 0, List.of());
        }
        if (CONTRIBUTIONS.equals(scope)) {
            List<Contribution> found = contributions.findByEmailIgnoreCaseOrderByIdAsc(address.strip());
            found.forEach(Contribution::anonymise);
            return new Erased(
                    CONTRIBUTIONS, found.size(), found.isEmpty() ? List.of() : List.of("privacy.kept.contributions"));
        }
        List<JoinRequest> found = requests.findByEmailIgnoreCaseOrderByReceivedAtAsc(address.strip());
        found.forEach(JoinRequest::anonymise);
        return new Erased(
                JOIN_REQUESTS, found.size(), found.isEmpty() ? List.of() : List.of("privacy.kept.joinDecisions"));
    }
}
