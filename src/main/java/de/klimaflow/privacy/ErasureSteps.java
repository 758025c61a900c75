package de.klimaflow.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * The steps of privacy-request.bpmn after the groups answered: the erasure of what nobody refused, the reply to the
 * person, and the close that forgets the address. {@link ErasureRequests} is the staff's side of a request.
 */
@Service
@Transactional
public class ErasureSteps {

    /** The reply to the person, in their language. */
    public record Reply(
            String address, Locale language, LocalDate receivedOn, List<String> erased, List<String> kept) {}

    private final HeldDataSearch search;
    private final ErasureRequestRepository stored;
    private final ErasureReviewRepository reviews;
    private final ErasureLogRepository log;
    private final ErasureRequests requests;
    private final I18NProvider texts;
    private final Clock clock;

    ErasureSteps(
            HeldDataSearch search,
            ErasureRequestRepository stored,
            ErasureReviewRepository reviews,
            ErasureLogRepository log,
            ErasureRequests requests,
            I18NProvider texts,
            Clock clock) {
        this.search = search;
        this.stored = stored;
        this.reviews = reviews;
        this.log = log;
        this.requests = requests;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * Erases what no group refused to give up, and logs it with the keyed HMAC of the address. Data of a refusing group
     * stays, named in the outcome with the reason.
     */
    public void eraseConfirmed(long id) {
        ErasureRequest request = request(id);
        String address = request.getAddress();
        if (address == null) {
            return;
        }
        Map<String, ErasureRequests.Outcome> outcome = new LinkedHashMap<>();
        Set<String> refused = refusedGroups(id);
        // everything is found before anything is erased: the comments are found by the names the others hold
        for (HeldDataSearch.Found found : search.all(address)) {
            HeldData data = found.data();
            Erased erased = data.groups().stream().anyMatch(refused::contains)
                    ? new Erased(data.category(), 0, List.of("privacy.kept.refused"))
                    : found.holder().erase(address, data.scope());
            outcome.merge(
                    erased.category(),
                    new ErasureRequests.Outcome(erased.category(), erased.count(), erased.kept()),
                    (one, two) -> new ErasureRequests.Outcome(
                            one.category(),
                            one.erased() + two.erased(),
                            List.copyOf(new java.util.LinkedHashSet<>(concat(one.kept(), two.kept())))));
        }
        int items = outcome.values().stream()
                .mapToInt(ErasureRequests.Outcome::erased)
                .sum();
        log.save(new ErasureLogEntry(clock.instant(), request.getFiledBy(), request.getAddressHash(), items));
        request.erased(outcome.values().stream()
                .map(o -> new ErasureRequest.Outcome(o.category(), o.erased(), String.join(",", o.kept())))
                .toList());
    }

    /** The reply to the person: what went, and what was kept and why, in their language. */
    @Transactional(readOnly = true)
    public Reply reply(long id) {
        ErasureRequest request = request(id);
        String address = request.getAddress();
        if (address == null) {
            throw new IllegalStateException("request " + id + " is answered already");
        }
        Locale language = request.getLanguage();
        List<String> erased = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (ErasureRequests.Outcome outcome : requests.find(id).orElseThrow().outcome()) {
            String category = texts.getTranslation(outcome.category(), language);
            if (outcome.erased() > 0) {
                erased.add(texts.getTranslation("privacy.count", language, category, outcome.erased()));
            }
            outcome.kept().stream()
                    .filter(reason -> !reason.equals("privacy.kept.refused"))
                    .forEach(reason -> kept.add(texts.getTranslation(reason, language)));
        }
        reviews.findByRequestIdOrderByGroupId(id).stream()
                .filter(ErasureReview::isRefused)
                .forEach(review -> kept.add(texts.getTranslation(
                        "privacy.request.keptByGroup",
                        language,
                        texts.getTranslation("group." + review.getGroupId(), language),
                        review.getReason())));
        return new Reply(address, language, request.getReceivedOn(), erased, kept);
    }

    /**
     * Ends the request once the reply is out: what has come to the address since (the reply's own delivery record)
     * is erased like the rest, and the request forgets the address.
     */
    public void close(long id) {
        ErasureRequest request = request(id);
        String address = request.getAddress();
        if (address == null) {
            return;
        }
        Set<String> refused = refusedGroups(id);
        search.all(address).stream()
                .filter(found -> found.data().groups().stream().noneMatch(refused::contains))
                .forEach(found -> found.holder().erase(address, found.data().scope()));
        request.answered(clock.instant());
    }

    private Set<String> refusedGroups(long id) {
        Set<String> refused = new TreeSet<>();
        reviews.findByRequestIdOrderByGroupId(id).stream()
                .filter(ErasureReview::isRefused)
                .forEach(review -> refused.add(review.getGroupId()));
        return refused;
    }

    private ErasureRequest request(long id) {
        return stored.findById(id).orElseThrow(() -> new IllegalArgumentException("no erasure request " + id));
    }

    private static List<String> concat(List<String> one, List<String> two) {
        List<String> both = new ArrayList<>(one);
        both.addAll(two);
        return both;
    }
}
